package app.convene.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module reads "today" from, so tests can fix the date (see {@link ConveneClock}). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return new ConveneClock(Clock.systemDefaultZone());
    }
}
