package app.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.TableCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.demo.enabled=false")
class DemoContentDisabledTest {

    @Autowired
    DemoContentLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void disabledLoaderWritesNothing() {
        assertThat(loader.isEnabled()).isFalse();
        assertThat(loader.load()).isZero();
        assertThat(TableCounts.of(jdbc).values()).containsOnly(0);
        assertThat(loader.value()).isEqualTo("disabled");
    }
}
