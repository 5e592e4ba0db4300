package app.convene.shared.aot;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * During the build's Spring AOT processing only (registered in {@code META-INF/spring/aot.factories}): records the
 * settings that chose the beans ({@link AotSettings#of}) into {@link AotSettings#RESOURCE}, for {@link AotSettings}
 * to compare with a start's own.
 */
class AotSettingsRecorder implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        // Written as Properties.store would, without its time stamp: the same build makes the same jar.
        StringBuilder text = new StringBuilder("# The settings this jar's Spring AOT bean definitions were made for (decision 0052)\n");
        AotSettings.of(beanFactory.getBean(Environment.class)).forEach((name, value) -> {
            Properties one = new Properties();
            one.setProperty(name, value);
            StringWriter line = new StringWriter();
            try {
                one.store(line, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.append(l).append('\n'));
        });
        return (generationContext, code) -> generationContext.getGeneratedFiles()
                .addResourceFile(AotSettings.RESOURCE, text.toString());
    }
}
