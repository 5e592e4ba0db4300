package app.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.TableCounts;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.demo.enabled=false")
class DemoContentDisabledTest {

    @Autowired
    DemoContentLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void disabledLoaderWritesNothing() {
        assertThat(loader.isEnabled()).isFalse();
        assertThat(loader.load()).isZero();
        assertThat(TableCounts.of(jdbc).values()).containsOnly(0);
        assertThat(loader.value()).isEqualTo("disabled");
    }

    /** Decision 0062: a start without the demo creates none of its loaders (they are lazy beans). */
    @Test
    void noLoaderIsCreatedWhenTheDemoIsOff() {
        loader.load();
        String[] loaders = beans.getBeanNamesForType(DemoParts.class, true, false);
        assertThat(loaders).containsExactly("demoParts");
        assertThat(Arrays.stream(DemoParts.class.getRecordComponents())
                .map(component -> beans.getBeanNamesForType(component.getType(), true, false)[0]))
                .hasSize(14).allSatisfy(name -> {
                    assertThat(beans.getBeanDefinition(name).isLazyInit()).as(name).isTrue();
                    assertThat(beans.containsSingleton(name)).as(name).isFalse();
                });
        assertThat(beans.containsSingleton("demoParts")).isFalse();
    }
}
