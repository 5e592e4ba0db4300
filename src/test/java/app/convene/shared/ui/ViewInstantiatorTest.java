package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.convene.shared.SiteSettings;
import app.convene.support.ConveneTest;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.SpringInstantiator;
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

    /** Made once, then its constructor fails (as a view's may, for a page it cannot show). */
    static class FailsAfterTheFirst {
        static final AtomicInteger MADE = new AtomicInteger();

        FailsAfterTheFirst(SiteSettings site) {
            if (MADE.incrementAndGet() > 1) {
                throw new IllegalStateException("cannot show " + site.siteName());
            }
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
    void aConstructorThatFailsGivesTheSameExceptionChainAsThroughSpring() {
        ViewInstantiator instantiator = new ViewInstantiator(null, context);
        instantiator.getOrCreate(FailsAfterTheFirst.class);
        assertThat(instantiator.keepsRecipeFor(FailsAfterTheFirst.class)).isTrue();
        Throwable fromRecipe = catchThrowable(() -> instantiator.getOrCreate(FailsAfterTheFirst.class));
        Throwable fromSpring = catchThrowable(() -> new SpringInstantiator(null, context)
                .getOrCreate(FailsAfterTheFirst.class));
        assertThat(chain(fromRecipe)).isEqualTo(chain(fromSpring)).last().isEqualTo(IllegalStateException.class);
    }

    private static List<Class<?>> chain(Throwable thrown) {
        List<Class<?>> chain = new java.util.ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            chain.add(t.getClass());
        }
        return chain;
    }

    @Test
    void everyRouteLayoutAndErrorViewOfConveneQualifiesForARecipe() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scan.addIncludeFilter(new AssignableTypeFilter(RouterLayout.class));
        scan.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        List<Class<?>> types = scan.findCandidateComponents("app.convene").stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .filter(type -> !type.getName().contains("Test")).toList();
        assertThat(types).as("the scan finds the views").hasSizeGreaterThan(40)
                .contains(MainLayout.class, ErrorView.class, NotFoundView.class, AccessDeniedView.class);
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
