package app.convene.shared.database;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.StringUtils;

/**
 * Every {@code @Transactional} call goes to Convene's one transaction manager without looking for a qualifier on the
 * service's class first (issue 19, decision 0077). Spring 7 ({@code TransactionAspectSupport
 * .determineTransactionManager(attribute, targetClass)}) asks for a class-level {@code @Qualifier} of the target class
 * on every call, an annotation scan it does not keep, before it takes the default manager it does keep: 1.9 % of the
 * request threads' CPU under the load harness, 5.9 % of building an initiative's page (some 40 transactional calls).
 * <p>
 * The interceptor Spring's {@code ProxyTransactionManagementConfiguration} defines ({@code transactionInterceptor}, the
 * one every service proxy's advisor uses) is replaced, as it is made, by one whose
 * {@code determineTransactionManager(attribute, targetClass)} answers with the default manager whenever the attribute
 * names none; an attribute naming a manager ({@code @Transactional("…")}) still goes Spring's way.
 * Convene has one transaction manager and no class-level qualifiers for one; with a second manager, qualify the
 * {@code @Transactional}s that need it (a class-level {@code @Qualifier} alone would no longer choose it).
 * Spring Data's repositories make interceptors of their own (not beans): they keep Spring's way (under 0.1 %).
 * <p>
 * It also refuses a read-write service call while a page is drawn in one read-only transaction ({@link PageReads},
 * decision 0078): the one place every declared transaction's attribute passes.
 */
final class DefaultTransactionManager implements BeanPostProcessor, PriorityOrdered, BeanFactoryAware,
        ApplicationEventPublisherAware {

    private BeanFactory beanFactory;
    private ApplicationEventPublisher events;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // registered before the auto-proxy creator makes the advisor
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!"transactionInterceptor".equals(beanName) || bean.getClass() != TransactionInterceptor.class) {
            return bean; // only the one Spring's transaction configuration defines, with no manager bean name set
        }
        TransactionInterceptor spring = (TransactionInterceptor) bean;
        Interceptor replaced = new Interceptor();
        replaced.setTransactionAttributeSource(spring.getTransactionAttributeSource());
        replaced.setTransactionManager(spring.getTransactionManager());
        replaced.setBeanFactory(beanFactory);
        replaced.setApplicationEventPublisher(events);
        replaced.afterPropertiesSet();
        return replaced;
    }

    /** Spring's interceptor, with the default manager found once instead of after a qualifier scan per call. */
    static final class Interceptor extends TransactionInterceptor {

        private transient volatile TransactionManager known;

        @Override
        protected TransactionManager determineTransactionManager(TransactionAttribute attribute, Class<?> targetClass) {
            if (attribute != null && !attribute.isReadOnly()) {
                PageReads.refuseWhileDrawing(attribute); // decision 0078: no writes while a page is drawn
            }
            if (attribute == null || StringUtils.hasText(attribute.getQualifier())
                    || StringUtils.hasText(getTransactionManagerBeanName())) {
                return super.determineTransactionManager(attribute, targetClass); // Spring's own way
            }
            TransactionManager manager = known;
            if (manager == null) {
                manager = getTransactionManager() != null ? getTransactionManager()
                        : getBeanFactory().getBean(TransactionManager.class);
                known = manager;
            }
            return manager;
        }
    }
}
