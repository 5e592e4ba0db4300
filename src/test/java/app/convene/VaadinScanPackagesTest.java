package app.convene;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.ui.ConveneShell;
import com.vaadin.flow.server.startup.AnnotationValidator;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.server.startup.WebComponentConfigurationRegistryInitializer;
import com.vaadin.flow.server.startup.WebComponentExporterAwareValidator;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import jakarta.servlet.annotation.HandlesTypes;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Vaadin scans only the packages {@code ConveneApplication} names in {@code @EnableVaadin} at start (decision 0058).
 * Every class in Convene that any of Vaadin's start-up scans looks for (routes and their aliases, error views, the app
 * shell, web components, the types its lookup and its annotation checks handle) must lie in one of them, or it
 * would silently be missing: a route that answers "not found", an app shell without push.
 */
class VaadinScanPackagesTest {

    /** The servlet container initializers whose {@code @HandlesTypes} Vaadin's Spring integration scans for. */
    static final List<Class<?>> INITIALIZERS = List.of(LookupServletContainerInitializer.class,
            RouteRegistryInitializer.class, ErrorNavigationTargetInitializer.class, AnnotationValidator.class,
            WebComponentConfigurationRegistryInitializer.class, WebComponentExporterAwareValidator.class,
            VaadinAppShellInitializer.class);

    @Test
    void everyClassVaadinLooksForLiesInAScannedPackage() {
        List<String> scanned = List.of(ConveneApplication.class.getAnnotation(EnableVaadin.class).value());
        Set<Class<?>> looked = INITIALIZERS.stream()
                .flatMap(initializer -> Arrays.stream(initializer.getAnnotation(HandlesTypes.class).value()))
                .collect(Collectors.toSet());
        assertThat(looked).as("what Vaadin's start-up scans look for").hasSizeGreaterThan(10);

        List<String> found = everyMatchIn("app.convene", looked);

        assertThat(found).as("Convene's views, error views and shell").hasSizeGreaterThan(30)
                .contains(ConveneShell.class.getName());
        assertThat(found).as("classes Vaadin looks for, outside the packages it scans: add their package to "
                        + "@EnableVaadin on ConveneApplication")
                .allMatch(name -> scanned.stream().anyMatch(pkg -> name.startsWith(pkg + ".")));
    }

    @Test
    void theScannedPackagesAreEveryFeaturesViewPackageAndExist() {
        List<String> scanned = List.of(ConveneApplication.class.getAnnotation(EnableVaadin.class).value());
        assertThat(scanned).allMatch(pkg -> pkg.startsWith("app.convene.") && pkg.endsWith(".ui"));
        assertThat(scanned).allSatisfy(pkg -> assertThat(
                ConveneApplication.class.getClassLoader().getResource(pkg.replace('.', '/')))
                .as(pkg).isNotNull());
    }

    /** Vaadin's own way of matching: annotations, or assignable to a type, abstract classes included. */
    private static List<String> everyMatchIn(String pkg, Set<Class<?>> looked) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return super.isCandidateComponent(definition) || definition.getMetadata().isAbstract();
            }
        };
        looked.forEach(type -> scanner.addIncludeFilter(type.isAnnotation()
                ? new AnnotationTypeFilter(type.asSubclass(Annotation.class))
                : new AssignableTypeFilter(type)));
        return Stream.of(pkg).flatMap(p -> scanner.findCandidateComponents(p).stream())
                .map(BeanDefinition::getBeanClassName).sorted().toList();
    }
}
