package app.convene.shared.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Vaadin's Spring instantiator, but Convene's views and layouts are built from a kept recipe (issue 19, decision
 * 0075). Vaadin's {@code SpringInstantiator.getOrCreate} asks Spring for a bean of the view's type (none: a
 * {@code NoSuchBeanDefinitionException}), then has Spring create one from the class: a new bean definition, the
 * constructor's arguments resolved again, every bean post-processor applied. That was ~4 % of the request threads'
 * CPU under load, on every navigation, for views whose arguments are the same singleton services every time. Here
 * the first instance of a type is made as before; if the type qualifies ({@link ViewRecipes}), its constructor and
 * resolved arguments are kept and later instances are made with them. Any other type goes to Vaadin's code.
 */
final class ViewInstantiator extends SpringInstantiator {

    private final transient ConfigurableListableBeanFactory beans;
    /** Per type: the recipe, or empty where Vaadin's code makes every instance (never serialized: per service). */
    private final transient ConcurrentMap<Class<?>, Optional<ViewRecipes.Recipe>> recipes = new ConcurrentHashMap<>();

    ViewInstantiator(VaadinService service, ConfigurableApplicationContext context) {
        super(service, context);
        this.beans = context.getBeanFactory();
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Optional<ViewRecipes.Recipe> recipe = recipes.get(type);
        if (recipe != null && recipe.isPresent()) {
            return type.cast(recipe.get().make());
        }
        T made = super.getOrCreate(type);
        if (recipe == null) {
            recipes.putIfAbsent(type, recipeOf(type, made));
        }
        return made;
    }

    private Optional<ViewRecipes.Recipe> recipeOf(Class<?> type, Object made) {
        try {
            return ViewRecipes.of(type, made == null ? null : made.getClass(), beans);
        } catch (RuntimeException e) {
            return Optional.empty(); // whatever the checks met, Vaadin's code goes on making the type
        }
    }

    /** Whether instances of the type are made from a kept recipe (for tests). */
    boolean keepsRecipeFor(Class<?> type) {
        return recipes.getOrDefault(type, Optional.empty()).isPresent();
    }

    /** Vaadin looks instantiator factories up among Spring's beans when its service starts. */
    @Component
    static class Factory implements InstantiatorFactory {

        private final ConfigurableApplicationContext context;

        Factory(ApplicationContext context) {
            this.context = (ConfigurableApplicationContext) context;
        }

        @Override
        public Instantiator createInstantitor(VaadinService service) {
            return new ViewInstantiator(service, context);
        }
    }
}
