package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.stakeholders.NewOrganization;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.OrganizationType;
import app.convene.support.ConveneTest;
import app.convene.workgroups.WorkgroupNoteService;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.validation.beanvalidation.MethodValidationInterceptor;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;

/**
 * Decision 79: a {@code @Validated} service's methods that declare a constraint are validated as before; the others
 * (its reads) are called without the validation interceptor.
 */
@ConveneTest
class MethodValidationConfigurationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    OrganizationService organizations;
    @Autowired
    WorkgroupNoteService notes;

    @Test
    void theOnlyMethodValidationIsConvenesOwn() {
        assertThat(context.getBeansOfType(MethodValidationPostProcessor.class).values())
                .singleElement().isInstanceOf(MethodValidationConfiguration.ConstrainedMethodsOnly.class);
    }

    @Test
    void methodsThatDeclareAConstraintAreValidated() throws Exception {
        assertThat(validated(initiatives, InitiativeService.class.getMethod("create", NewInitiative.class))).isTrue();
        assertThat(validated(organizations, OrganizationService.class.getMethod("findOrCreate", NewOrganization.class)))
                .isTrue();
        assertThat(validated(notes, method(WorkgroupNoteService.class, "addNote"))).isTrue();
        // and the validation happens: a blank name is refused before the service's body runs
        assertThatThrownBy(() -> organizations.findOrCreate(
                new NewOrganization(" ", null, OrganizationType.NONPROFIT, null, null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("name");
    }

    @Test
    void readsThatDeclareNoneAreCalledWithoutTheValidationInterceptor() throws Exception {
        assertThat(validated(initiatives, InitiativeService.class.getMethod("findPublicBySlug", String.class))).isFalse();
        assertThat(validated(initiatives, InitiativeService.class.getMethod("listPublic", Pageable.class))).isFalse();
        assertThat(validated(organizations, method(OrganizationService.class, "partnerGroups"))).isFalse();
    }

    /** Whether the bean's proxy puts the validation interceptor in this method's chain. */
    private static boolean validated(Object bean, Method method) {
        assertThat(AopUtils.isAopProxy(bean)).as("a proxied service").isTrue();
        Class<?> target = AopUtils.getTargetClass(bean);
        return Arrays.stream(((Advised) bean).getAdvisors())
                .filter(advisor -> advisor.getAdvice() instanceof MethodValidationInterceptor)
                .map(advisor -> ((PointcutAdvisor) advisor).getPointcut())
                .anyMatch(pointcut -> pointcut.getClassFilter().matches(target)
                        && pointcut.getMethodMatcher().matches(method, target));
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
