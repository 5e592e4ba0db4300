package app.convene.shared.database;

import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;

/**
 * Every Spring Data repository is injected as a lazy proxy (decision 0052, second amendment), as Spring Data's own
 * "deferred" mode does for plain contexts: a service can be created before Hibernate has built its metamodel, which
 * {@link JpaBackgroundConfiguration} has it do on another thread. The repository itself is created, and waits for
 * Hibernate, when the context reaches it or at its first call. Registered in {@code META-INF/spring.factories}, so it
 * applies to the application, the Spring-AOT-processed jar (it runs after the generated initializer, whose resolver
 * it replaces) and every test context alike; {@code convene.database.background-jpa=false} leaves Spring's resolver.
 */
public final class LazyRepositoryInjection implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (JpaBackgroundConfiguration.enabled(context.getEnvironment())
                && context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
            beanFactory.setAutowireCandidateResolver(new Resolver());
        }
    }

    /** Spring's resolver, lazy also for every injection point whose type is a repository interface. */
    static final class Resolver extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            Class<?> type = descriptor.getDependencyType();
            return super.isLazy(descriptor) || (type.isInterface() && Repository.class.isAssignableFrom(type));
        }
    }
}
