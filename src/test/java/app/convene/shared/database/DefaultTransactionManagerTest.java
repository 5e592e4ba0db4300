package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.SiteSettingsService;
import app.convene.support.ConveneTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;

/**
 * Decision 77: the services' transactions go to the one transaction manager through Convene's interceptor, which
 * skips Spring 7's per-call qualifier scan of the service's class; a manager named on the attribute stays Spring's.
 */
@ConveneTest
class DefaultTransactionManagerTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager manager;
    @Autowired
    SiteSettingsService service;

    @Test
    void theServicesProxiesUseTheInterceptorThatKnowsTheManager() {
        Object interceptor = context.getBean("transactionInterceptor");
        assertThat(interceptor).isInstanceOf(DefaultTransactionManager.Interceptor.class);
        assertThat(service).isInstanceOf(Advised.class);
        assertThat(Arrays.stream(((Advised) service).getAdvisors()).map(Advisor::getAdvice))
                .as("a transactional service's advice").contains((org.aopalliance.aop.Advice) interceptor);
        assertThat(service.siteName()).as("a read through it").isNotBlank();
    }

    /** A class-level qualifier, which Spring 7 would look up on every call (here it names no manager at all). */
    @Qualifier("reporting")
    static class Qualified {
    }

    @Test
    void anUnnamedManagerIsTheOneAndANamedOneIsLeftToSpring() {
        var interceptor = (DefaultTransactionManager.Interceptor) context.getBean("transactionInterceptor");
        RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
        assertThat(interceptor.determineTransactionManager(attribute, SiteSettingsService.class)).isSameAs(manager);
        assertThat(interceptor.determineTransactionManager(attribute, Qualified.class)).as("no class qualifier scan")
                .isSameAs(manager);
        attribute.setQualifier("reporting");
        assertThatThrownBy(() -> interceptor.determineTransactionManager(attribute, SiteSettingsService.class))
                .as("a named manager: Spring's way, which finds none of that name")
                .isInstanceOf(NoSuchBeanDefinitionException.class);
    }
}
