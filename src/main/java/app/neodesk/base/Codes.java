package app.neodesk.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the short codes that URLs and files use for enum values ("log", "spread", …). */
public final class Codes {

    /** Longest part of a refused code that an error message repeats. */
    private static final int SHOWN = 40;

    private Codes() {}

    /**
     * The value whose code is {@code input} (trimmed, any case), or a {@link ValidationException}
     * on {@code field}: "Unknown scale 'sqrt'. Use one of: linear, log, percent".
     */
    public static <E extends Enum<E>> E parse(
            E[] values, Function<E, String> code, String field, String noun, String input) {
        var wanted = input.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values)
                .filter(v -> code.apply(v).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        field,
                        "Unknown " + noun + " '" + abbreviate(input) + "'. Use one of: "
                                + Arrays.stream(values).map(code).collect(Collectors.joining(", "))));
    }

    private static String abbreviate(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
