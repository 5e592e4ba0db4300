package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Hibernate builds on a thread of its own and repositories are injected lazily (decision 0052, second amendment);
 * every other test runs with both, so the whole suite shows that Convene works that way.
 */
@ConveneTest
class BackgroundJpaTest {

    interface ProbeRepository extends Repository<Object, Long> {
    }

    static class Injected {
        ProbeRepository repository;
        String text;
    }

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void hibernateBuildsOnAThreadOfItsOwn() {
        LocalContainerEntityManagerFactoryBean factory = context.getBean(LocalContainerEntityManagerFactoryBean.class);
        assertThat(factory.getBootstrapExecutor()).isNotNull();
        assertThat(factory.getNativeEntityManagerFactory().getMetamodel().getEntities()).isNotEmpty();
    }

    @Test
    void repositoriesAreInjectedAsLazyProxiesAndNothingElseIs() throws Exception {
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        var resolver = beans.getAutowireCandidateResolver();
        assertThat(resolver).isInstanceOf(LazyRepositoryInjection.Resolver.class);

        Object repository = resolver.getLazyResolutionProxyIfNecessary(
                new DependencyDescriptor(Injected.class.getDeclaredField("repository"), true), "probe");
        assertThat(repository).isInstanceOf(ProbeRepository.class);
        assertThat(Proxy.isProxyClass(repository.getClass())).isTrue();
        assertThat(resolver.getLazyResolutionProxyIfNecessary(
                new DependencyDescriptor(Injected.class.getDeclaredField("text"), true), "probe")).isNull();
    }

    @Test
    void switchedOffSpringsOwnResolverStays() {
        try (GenericApplicationContext off = new GenericApplicationContext()) {
            off.setEnvironment(new MockEnvironment().withProperty(JpaBackgroundConfiguration.ENABLED, "false"));
            new LazyRepositoryInjection().initialize(off);
            assertThat(off.getDefaultListableBeanFactory().getAutowireCandidateResolver())
                    .isNotInstanceOf(LazyRepositoryInjection.Resolver.class);
        }
        try (GenericApplicationContext on = new GenericApplicationContext()) {
            on.setEnvironment(new MockEnvironment());
            new LazyRepositoryInjection().initialize(on);
            assertThat(on.getDefaultListableBeanFactory().getAutowireCandidateResolver())
                    .isInstanceOf(ContextAnnotationAutowireCandidateResolver.class)
                    .isInstanceOf(LazyRepositoryInjection.Resolver.class);
        }
    }
}
