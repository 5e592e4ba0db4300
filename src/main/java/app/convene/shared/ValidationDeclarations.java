package app.convene.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What a method's annotations say about Bean Validation, read without the validator (decision 79): so that deciding
 * which methods of a {@code @Validated} service to validate reads no validator metadata while the application starts.
 * Constraints are declared by annotation only in Convene (no {@code validation.xml}, no programmatic mapping).
 */
final class ValidationDeclarations {

    enum Answer { YES, NO, ASK_THE_VALIDATOR }

    private ValidationDeclarations() {
    }

    /**
     * YES when the method itself declares a constraint or {@code @Valid} on a parameter or its return value (Bean
     * Validation then validates it); NO when neither it nor a method it overrides carries a constraint, a {@code @Valid}
     * or a {@code jakarta.validation} annotation anywhere, type arguments included; otherwise the validator knows.
     */
    static Answer of(Method method, Class<?> targetClass) {
        if (declares(method.getAnnotations())
                || Arrays.stream(method.getParameterAnnotations()).anyMatch(ValidationDeclarations::declares)) {
            return Answer.YES;
        }
        for (Method declared : sameSignature(method, targetClass)) {
            if (mentionsValidation(declared)) {
                return Answer.ASK_THE_VALIDATOR;
            }
        }
        return Answer.NO;
    }

    private static boolean mentionsValidation(Method method) {
        if (mentions(method.getAnnotations())
                || Arrays.stream(method.getParameterAnnotations()).anyMatch(ValidationDeclarations::mentions)) {
            return true;
        }
        Deque<AnnotatedType> types = new ArrayDeque<>(Arrays.asList(method.getAnnotatedParameterTypes()));
        types.add(method.getAnnotatedReturnType());
        while (!types.isEmpty()) {
            AnnotatedType type = types.pop();
            if (mentions(type.getAnnotations())) {
                return true;
            }
            switch (type) {
                case AnnotatedParameterizedType parameterized ->
                        types.addAll(Arrays.asList(parameterized.getAnnotatedActualTypeArguments()));
                case AnnotatedArrayType array -> types.add(array.getAnnotatedGenericComponentType());
                case AnnotatedWildcardType wildcard -> {
                    types.addAll(Arrays.asList(wildcard.getAnnotatedUpperBounds()));
                    types.addAll(Arrays.asList(wildcard.getAnnotatedLowerBounds()));
                }
                default -> {
                    // a plain class or a type variable: nothing inside
                }
            }
        }
        return false;
    }

    /** The method and the methods of the target's supertypes it overrides or implements (same name and parameters). */
    private static Set<Method> sameSignature(Method method, Class<?> targetClass) {
        Set<Method> found = new HashSet<>();
        found.add(method);
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(targetClass);
        Set<Class<?>> seen = new HashSet<>();
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            if (type == Object.class || !seen.add(type)) {
                continue;
            }
            try {
                found.add(type.getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException notHere) {
                // declared further up, or not at all in this type
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(Arrays.asList(type.getInterfaces()));
        }
        return found;
    }

    /** A constraint (its annotation is a {@code @Constraint}) or {@code @Valid}. */
    private static boolean declares(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == Valid.class || type.isAnnotationPresent(Constraint.class)) {
                return true;
            }
        }
        return false;
    }

    /** Those, or anything else of Bean Validation's (e.g. a container of repeated constraints). */
    private static boolean mentions(Annotation[] annotations) {
        return declares(annotations) || Arrays.stream(annotations)
                .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.validation"));
    }
}
