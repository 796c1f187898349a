package app.neodesk.quote.ui;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a correction edits: the prices (an empty mid means (low + high) / 2), the comment and the
 * reason. {@link CorrectionForm} binds it; {@code QuoteService.correct} takes its parts with the
 * quote's id and version.
 */
public record CorrectionValues(
        @Nullable BigDecimal low,
        @Nullable BigDecimal high,
        @Nullable BigDecimal mid,
        @Nullable String comment,
        String reason) {}
