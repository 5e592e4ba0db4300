package app.convene.shared;

import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.beanvalidation.FilteredMethodValidationPostProcessor;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;

/**
 * Method validation (decision 79) as Spring Boot sets it up, on the methods that declare a constraint only: a
 * service marked {@code @Validated} validates {@code create(@Valid NewInitiative)}, and its reads, which declare
 * none, no longer pass through the validation interceptor on every call (a look-up of validation groups and two
 * validator calls that find nothing to check). Which methods are constrained is read from their annotations where
 * those tell, and otherwise asked of the validator, so constraints on an interface's method, a return value or a type
 * argument count; Spring asks once per method and proxy (when the proxy is made, or at the method's first call) and
 * keeps the answer.
 */
@Configuration(proxyBeanMethods = false)
class MethodValidationConfiguration {

    /** Boot's own definition (same options, same exclusions) backs off for this one. */
    @Bean
    static MethodValidationPostProcessor methodValidationPostProcessor(Environment environment,
            ObjectProvider<Validator> validator, ObjectProvider<MethodValidationExcludeFilter> excludeFilters) {
        ConstrainedMethodsOnly processor = new ConstrainedMethodsOnly(excludeFilters.orderedStream(), validator);
        processor.setProxyTargetClass(environment.getProperty("spring.aop.proxy-target-class", Boolean.class, true));
        processor.setAdaptConstraintViolations(
                environment.getProperty("spring.validation.method.adapt-constraint-violations", Boolean.class, false));
        processor.setValidatorProvider(validator);
        return processor;
    }

    static final class ConstrainedMethodsOnly extends FilteredMethodValidationPostProcessor {

        private final ObjectProvider<Validator> validator;

        ConstrainedMethodsOnly(Stream<MethodValidationExcludeFilter> excludeFilters, ObjectProvider<Validator> validator) {
            super(excludeFilters);
            this.validator = validator;
        }

        @Override
        public void afterPropertiesSet() {
            super.afterPropertiesSet();
            DefaultPointcutAdvisor advisor = (DefaultPointcutAdvisor) this.advisor;
            Pointcut pointcut = advisor.getPointcut();
            advisor.setPointcut(new ComposablePointcut(pointcut.getClassFilter(), pointcut.getMethodMatcher())
                    .intersection(new StaticMethodMatcher() {
                        @Override
                        public boolean matches(Method method, Class<?> targetClass) {
                            return constrained(method, targetClass);
                        }
                    }));
        }

        /**
         * Read from the method's annotations when they tell (so a start reads no validator metadata: Spring asks while
         * it makes the proxies), else asked of the validator (a constraint an overridden method declares, one inside
         * a type argument, a container of repeated constraints).
         */
        private boolean constrained(Method method, Class<?> targetClass) {
            return switch (ValidationDeclarations.of(method, targetClass)) {
                case YES -> true;
                case NO -> false;
                case ASK_THE_VALIDATOR -> validator.getObject().getConstraintsForClass(targetClass)
                        .getConstraintsForMethod(method.getName(), method.getParameterTypes()) != null;
            };
        }
    }
}
