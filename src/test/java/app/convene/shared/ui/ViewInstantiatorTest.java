package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.SiteSettings;
import app.convene.support.ConveneTest;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Decision 0075: Convene's views are made from a kept constructor and arguments, as Spring would make them, and a
 * type that Spring would treat otherwise (an injected field, an initialisation method) is still made by Spring.
 */
@ConveneTest
class ViewInstantiatorTest {

    static final AtomicInteger INITIALISED = new AtomicInteger();

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    SiteSettings site;
    @Autowired
    List<HeaderPart.Factory> headerParts;

    /** Like a view: singleton services through its constructor. */
    static class Plain {
        final SiteSettings site;
        final List<HeaderPart.Factory> parts;

        Plain(SiteSettings site, List<HeaderPart.Factory> parts) {
            this.site = site;
            this.parts = parts;
        }
    }

    static class Initialised {
        int initialisations;

        @PostConstruct
        void initialise() {
            initialisations = INITIALISED.incrementAndGet();
        }
    }

    static class FieldInjected {
        @Autowired
        SiteSettings site;
    }

    @Test
    void aViewLikeTypeIsMadeFromItsRecipeWithTheSameServicesAndAListOfItsOwn() {
        ViewInstantiator instantiator = new ViewInstantiator(null, context);
        Plain first = instantiator.getOrCreate(Plain.class);
        assertThat(instantiator.keepsRecipeFor(Plain.class)).isTrue();
        Plain second = instantiator.getOrCreate(Plain.class);
        Plain third = instantiator.getOrCreate(Plain.class);

        assertThat(second).isNotSameAs(first).isNotSameAs(third);
        assertThat(List.of(first.site, second.site, third.site)).allSatisfy(s -> assertThat(s).isSameAs(site));
        assertThat(second.parts).containsExactlyElementsOf(headerParts).containsExactlyElementsOf(first.parts);
        assertThat(second.parts).as("a list of its own, as Spring gives").isNotSameAs(third.parts);
    }

    @Test
    void aTypeWithAnInitialisationMethodOrAnInjectedFieldIsStillMadeBySpringEachTime() {
        ViewInstantiator instantiator = new ViewInstantiator(null, context);
        int before = INITIALISED.get();
        Initialised first = instantiator.getOrCreate(Initialised.class);
        Initialised second = instantiator.getOrCreate(Initialised.class);
        assertThat(instantiator.keepsRecipeFor(Initialised.class)).isFalse();
        assertThat(List.of(first.initialisations, second.initialisations)).containsExactly(before + 1, before + 2);

        FieldInjected made = instantiator.getOrCreate(FieldInjected.class);
        FieldInjected again = instantiator.getOrCreate(FieldInjected.class);
        assertThat(instantiator.keepsRecipeFor(FieldInjected.class)).isFalse();
        assertThat(List.of(made.site, again.site)).allSatisfy(s -> assertThat(s).isSameAs(site));
    }

    @Test
    void everyRouteAndLayoutOfConveneQualifiesForARecipe() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scan.addIncludeFilter(new AssignableTypeFilter(RouterLayout.class));
        List<Class<?>> types = scan.findCandidateComponents("app.convene").stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .filter(type -> !type.getName().contains("Test")).toList();
        assertThat(types).as("the scan finds the views").hasSizeGreaterThan(40).contains(MainLayout.class);
        assertThat(types.stream().filter(type -> ViewRecipes.of(type, type, context.getBeanFactory()).isEmpty())
                .map(Class::getName)).as("views made by Spring on every navigation").isEmpty();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
