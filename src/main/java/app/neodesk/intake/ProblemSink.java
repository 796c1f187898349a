package app.neodesk.intake;

import org.jspecify.annotations.Nullable;

/** Where conversion problems go: the line, the column's header, the value as written and the reason. */
@FunctionalInterface
public interface ProblemSink {

    void problem(long line, String column, @Nullable String value, String message);
}
