package app.convene.shared.ui;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.Aware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

/**
 * When a view's instances may be made without Spring (decision 0075), and how. A type qualifies when all of this
 * holds, so that making it by its constructor with the same arguments is what Spring would do:
 * <ul>
 * <li>it is one of Convene's ({@code app.convene.}), concrete, with one constructor, and not a Spring bean itself;</li>
 * <li>the instance Spring made is of the type itself (no proxy: no aspect applies to it);</li>
 * <li>it implements none of Spring's life-cycle interfaces ({@code Aware}, {@code InitializingBean},
 * {@code DisposableBean}), and neither it nor its Convene superclasses carry annotations other than Vaadin's,
 * Java's and the access ones ({@code jakarta.annotation.security}) on the class, its fields, methods or
 * constructor (so no {@code @Autowired} field, {@code @PostConstruct}, {@code @Value}, {@code @EventListener});</li>
 * <li>every constructor argument is an {@code ObjectProvider} or resolves to singleton beans only (one, or a list
 * of them), so the same objects are what Spring would inject again.</li>
 * </ul>
 */
final class ViewRecipes {

    private static final List<String> PLAIN_ANNOTATIONS = List.of("com.vaadin.", "java.lang.",
            "jakarta.annotation.security.");

    private ViewRecipes() {
    }

    /** The kept constructor and arguments of a type. */
    record Recipe(Constructor<?> constructor, Object[] arguments) {

        /** A new instance; a list argument is copied for each (Spring gives each instance a list of its own). */
        Object make() {
            Object[] given = arguments.clone();
            for (int i = 0; i < given.length; i++) {
                if (given[i] instanceof List<?> list) {
                    given[i] = new ArrayList<>(list);
                }
            }
            try {
                return constructor.newInstance(given);
            } catch (InvocationTargetException e) {
                // Wrapped as Spring's createBean wraps it, so error views see the same exception either way.
                throw new BeanCreationException(constructor.getDeclaringClass().getName(), "Failed to instantiate",
                        new BeanInstantiationException(constructor, "Constructor threw exception", e.getCause()));
            } catch (ReflectiveOperationException e) {
                throw new BeanInstantiationException(constructor, "could not be called", e);
            }
        }
    }

    /** The recipe of the type whose first instance Spring made of class {@code made}, or empty. */
    static Optional<Recipe> of(Class<?> type, Class<?> made, ConfigurableListableBeanFactory beans) {
        if (!type.getName().startsWith("app.convene.") || made != type
                || Modifier.isAbstract(type.getModifiers()) || type.getDeclaredConstructors().length != 1
                || beans.getBeanNamesForType(type, true, false).length > 0 || !plain(type)) {
            return Optional.empty();
        }
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            MethodParameter parameter = new MethodParameter(constructor, i);
            if (!singletonsOnly(parameter, beans)) {
                return Optional.empty();
            }
            arguments[i] = beans.resolveDependency(new DependencyDescriptor(parameter, true), null);
        }
        constructor.setAccessible(true);
        return Optional.of(new Recipe(constructor, arguments));
    }

    private static boolean plain(Class<?> type) {
        if (Aware.class.isAssignableFrom(type) || InitializingBean.class.isAssignableFrom(type)
                || DisposableBean.class.isAssignableFrom(type)) {
            return false;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("app.convene."); c = c.getSuperclass()) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(c));
            elements.addAll(List.of(c.getDeclaredFields()));
            elements.addAll(List.of(c.getDeclaredMethods()));
            elements.addAll(List.of(c.getDeclaredConstructors()));
            for (AnnotatedElement element : elements) {
                for (Annotation annotation : element.getDeclaredAnnotations()) {
                    String name = annotation.annotationType().getName();
                    if (PLAIN_ANNOTATIONS.stream().noneMatch(name::startsWith)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** An {@code ObjectProvider}, or a type (a list's elements) whose every bean is a singleton. */
    private static boolean singletonsOnly(MethodParameter parameter, ConfigurableListableBeanFactory beans) {
        if (parameter.getParameterAnnotations().length > 0) {
            return false; // a qualifier, @Value, @Lazy: left to Spring
        }
        ResolvableType type = ResolvableType.forMethodParameter(parameter);
        Class<?> raw = type.resolve();
        if (raw == ObjectProvider.class) {
            return true;
        }
        if (raw == List.class) {
            type = type.getGeneric(0); // a list is copied for each instance (Recipe.make)
        } else if (raw == null || raw.isArray() || Iterable.class.isAssignableFrom(raw)
                || java.util.Map.class.isAssignableFrom(raw) || raw == Optional.class) {
            return false;
        }
        String[] names = beans.getBeanNamesForType(type, true, false);
        if (names.length == 0) {
            return false;
        }
        for (String name : names) {
            if (!beans.isSingleton(name)) {
                return false;
            }
        }
        return true;
    }
}
