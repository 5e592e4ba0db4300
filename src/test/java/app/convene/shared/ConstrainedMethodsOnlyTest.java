package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.validation.annotation.Validated;

/**
 * Decision 79: the narrowed method validation still validates every kind of constraint Bean Validation knows on a
 * method (declared on an interface only, on a return value, inside a type argument, a cascade), and leaves a method
 * that declares none alone. The post-processor is Convene's, the validator Hibernate Validator's, the proxy Spring's.
 */
class ConstrainedMethodsOnlyTest {

    static ValidatorFactory factory;
    static Service service;
    static LikeConvenesServices like;
    /** How often the pointcut asked the validator (the interceptor has a provider of its own). */
    static final AtomicInteger asked = new AtomicInteger();

    interface Greeting {
        String greet(@NotBlank String name);
    }

    record Item(@NotBlank String name) {
    }

    @Validated
    static class Service implements Greeting {

        @Override
        public String greet(String name) { // the constraint is the interface's only
            return "Hello " + name;
        }

        @NotNull
        public String answer(boolean give) {
            return give ? "yes" : null;
        }

        public int count(List<@Valid Item> items) {
            return items.size();
        }

        public String plain(String anything) {
            return anything;
        }
    }

    /** Like Convene's services: reads without any constraint, a save with {@code @Valid}. */
    @Validated
    static class LikeConvenesServices {

        @Deprecated // an annotation, not Bean Validation's
        public String read(String slug, List<String> languages) {
            return slug;
        }

        public int save(@Valid Item item) {
            return 1;
        }
    }

    @BeforeAll
    static void proxy() {
        factory = Validation.buildDefaultValidatorFactory();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("validator", factory.getValidator());
        var validator = beans.getBeanProvider(Validator.class);
        ObjectProvider<Validator> counted = new ObjectProvider<>() {
            @Override
            public Validator getObject() {
                asked.incrementAndGet();
                return validator.getObject();
            }
        };
        var processor = new MethodValidationConfiguration.ConstrainedMethodsOnly(Stream.empty(), counted);
        processor.setValidatorProvider(validator);
        processor.setProxyTargetClass(true); // as Convene's configuration sets it (spring.aop.proxy-target-class)
        processor.setBeanFactory(beans);
        processor.afterPropertiesSet();
        like = (LikeConvenesServices) processor.postProcessAfterInitialization(new LikeConvenesServices(), "like");
        assertThat(AopUtils.isAopProxy(like)).as("a class with constrained methods is proxied").isTrue();
        assertThat(like.read("x", List.of())).isEqualTo("x");
        assertThat(asked.get()).as("the validator asked while making the proxy or calling a read").isZero();
        service = (Service) processor.postProcessAfterInitialization(new Service(), "service");
        assertThat(AopUtils.isAopProxy(service)).isTrue();
    }

    @Test
    void whatTheAnnotationsTellNeedsNoValidator() {
        assertThatThrownBy(() -> like.save(new Item(" "))).isInstanceOf(ConstraintViolationException.class);
        assertThat(like.save(new Item("a"))).isEqualTo(1);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aConstraintDeclaredOnTheInterfaceOnlyIsChecked() {
        assertThat(service.greet("Ana")).isEqualTo("Hello Ana");
        assertThatThrownBy(() -> service.greet(" ")).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aReturnValueConstraintIsChecked() {
        assertThat(service.answer(true)).isEqualTo("yes");
        assertThatThrownBy(() -> service.answer(false)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aCascadeInsideATypeArgumentIsChecked() {
        assertThat(service.count(List.of(new Item("a")))).isEqualTo(1);
        assertThatThrownBy(() -> service.count(List.of(new Item("")))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aMethodThatDeclaresNoConstraintIsNotAdvised() {
        assertThat(service.plain(null)).isNull();
        var advisor = ((org.springframework.aop.framework.Advised) service).getAdvisors()[0];
        var pointcut = ((org.springframework.aop.PointcutAdvisor) advisor).getPointcut();
        assertThat(pointcut.getMethodMatcher().matches(method("plain"), Service.class)).isFalse();
        assertThat(pointcut.getMethodMatcher().matches(method("greet"), Service.class)).isTrue();
    }

    private static java.lang.reflect.Method method(String name) {
        return Stream.of(Service.class.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
