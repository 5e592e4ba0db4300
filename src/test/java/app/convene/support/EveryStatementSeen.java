package app.convene.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * {@link SqlSeen} for every statement sent through the pool, Hibernate's and {@code JdbcClient}'s alike (the
 * statement inspector sees only Hibernate's). A probe, not a mock: the statements still run. Import it in a test
 * (and leave the statement inspector off, or Hibernate's statements are counted twice).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EveryStatementSeen {

    @Bean
    static BeanPostProcessor everyStatementSeen() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof Seeing) ? new Seeing(pool) : bean;
            }
        };
    }

    /** The pool, handing out connections whose statements are seen (unwrap still reaches the pool). */
    static final class Seeing extends DelegatingDataSource {

        Seeing(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return seen(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return seen(super.getConnection(user, password));
        }

        private static Connection seen(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                if ((method.getName().startsWith("prepare")) && args != null && args[0] instanceof String sql) {
                    new SqlSeen().inspect(sql);
                }
                return null;
            });
        }
    }

    private interface Before {
        Object call(Method method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Before before) {
        InvocationHandler handler = (self, method, args) -> {
            before.call(method, args);
            if (type == Connection.class && method.getName().equals("createStatement")) {
                Statement statement = (Statement) invoke(method, target, args);
                return proxy(Statement.class, statement, (m, a) -> {
                    if ((m.getName().startsWith("execute") || m.getName().equals("addBatch")) && a != null
                            && a.length > 0 && a[0] instanceof String sql) {
                        new SqlSeen().inspect(sql);
                    }
                    return null;
                });
            }
            return invoke(method, target, args);
        };
        return (T) Proxy.newProxyInstance(EveryStatementSeen.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
