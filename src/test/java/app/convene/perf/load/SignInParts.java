package app.convene.perf.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.config.BeanPostProcessor;
import jakarta.servlet.Filter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

/**
 * Server-side stopwatches on the parts of Convene's sign-in callback (decision 0053), for {@link SignInBenchmark}:
 * the token exchange with Keycloak, the ID token's decoding and checks (with the key set's fetch when there is one),
 * the user-info call and Convene's own person sync. Each wraps the real bean (or, for the user-info call, the very
 * service Spring Security uses by default), so what is timed is what runs; a first filter times the callback
 * request itself and, per request, what of it was not the token exchange (Convene's side, under load too).
 */
@TestConfiguration(proxyBeanMethods = false)
class SignInParts {

    static final String TOKEN_EXCHANGE = "token_exchange";
    static final String ID_TOKEN = "id_token_decode";
    static final String USER_INFO = "user_info";
    static final String PERSON_SYNC = "person_sync";
    /** The callback request on the server, and the same minus its token exchange: Convene's side. */
    static final String CALLBACK = "callback_server";
    static final String CONVENE_SIDE = "convene_side";

    private static final ThreadLocal<long[]> EXCHANGE_IN_CALLBACK = new ThreadLocal<>();

    private static final Map<String, ConcurrentLinkedQueue<Long>> TIMES = new ConcurrentHashMap<>();

    static ConcurrentLinkedQueue<Long> times(String part) {
        return TIMES.computeIfAbsent(part, p -> new ConcurrentLinkedQueue<>());
    }

    static long[] sorted(String part) {
        return times(part).stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static void clear() {
        TIMES.clear();
    }

    static <T> T timed(String part, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times(part).add(System.nanoTime() - start);
        }
    }

    /** Times the code callback on the server (the first filter), and what of it was not the token exchange. */
    @Bean
    FilterRegistrationBean<Filter> callbackStopwatch() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            long[] exchange = {0};
            EXCHANGE_IN_CALLBACK.set(exchange);
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                long nanos = System.nanoTime() - start;
                EXCHANGE_IN_CALLBACK.remove();
                times(CALLBACK).add(nanos);
                times(CONVENE_SIDE).add(nanos - exchange[0]);
            }
        });
        registration.addUrlPatterns("/login/oauth2/code/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    static BeanPostProcessor signInStopwatches() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof OAuth2AccessTokenResponseClient<?> client) {
                    var codes = (OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>) client;
                    return (OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>) request -> {
                        long start = System.nanoTime();
                        try {
                            return codes.getTokenResponse(request);
                        } finally {
                            long nanos = System.nanoTime() - start;
                            times(TOKEN_EXCHANGE).add(nanos);
                            long[] inCallback = EXCHANGE_IN_CALLBACK.get();
                            if (inCallback != null) {
                                inCallback[0] += nanos;
                            }
                        }
                    };
                }
                if (bean instanceof JwtDecoderFactory<?> factory) {
                    var decoders = (JwtDecoderFactory<ClientRegistration>) factory;
                    return (JwtDecoderFactory<ClientRegistration>) registration -> {
                        JwtDecoder decoder = decoders.createDecoder(registration);
                        return token -> timed(ID_TOKEN, () -> decoder.decode(token));
                    };
                }
                if (bean instanceof OidcUserService users) {
                    DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService(); // Spring Security's default
                    users.setOauth2UserService(request -> timed(USER_INFO, () -> userInfo.loadUser(request)));
                }
                if (bean instanceof Advised advised && name.equals("personService")) {
                    advised.addAdvice(0, (MethodInterceptor) call -> {
                        if (!call.getMethod().getName().equals("signedIn")) {
                            return call.proceed();
                        }
                        long start = System.nanoTime();
                        try {
                            return call.proceed();
                        } finally {
                            times(PERSON_SYNC).add(System.nanoTime() - start);
                        }
                    });
                }
                return bean;
            }
        };
    }
}
