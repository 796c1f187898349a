package app.neodesk.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;

/**
 * A service's own check of the JSR-380 constraints on what it is given (a record a form bound, an
 * entity): the form checks them too, but a service trusts no caller.
 */
public final class Constraints {

    private Constraints() {}

    /**
     * @throws ValidationException for the first broken constraint, ordered by property, with its
     *     message and the property's name (its first path element: "teams", not "teams[0]")
     */
    public static <T> void check(Validator validator, T value) {
        validator.validate(value).stream()
                .min(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(first -> {
                    var path = first.getPropertyPath().toString();
                    var field = path.replaceAll("[\\[.].*", "");
                    throw new ValidationException(field, first.getMessage());
                });
    }
}
