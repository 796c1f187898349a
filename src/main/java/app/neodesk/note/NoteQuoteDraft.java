package app.neodesk.note;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quote the note proposes, in the product's unit, for the analyst to review.
 *
 * @param mention         what the note says (kept to convert again when the analyst picks another product)
 * @param product         the product, {@code null} while the name is not recognised
 * @param source          the source, {@code null} until detected or picked
 * @param statedChange    the note's change in the product's unit
 * @param statedPercent   the note's change in percent
 * @param crossCheck      "agrees …" or how the note differs from the stored previous quote
 * @param existingId      the stored quote of the same product, source and date: saving corrects it
 * @param existingVersion its version, for the correction
 * @param identical       the stored quote has exactly these prices: nothing to save
 * @param problems        what keeps the draft from being saved as it is
 * @param include         whether the analyst saves it
 * @param confirmedUnusual the analyst confirms a large move or an unusual scale
 */
public record NoteQuoteDraft(
        PriceMention mention,
        @Nullable Product product,
        @Nullable Source source,
        @Nullable LocalDate date,
        @Nullable BigDecimal low,
        @Nullable BigDecimal high,
        @Nullable BigDecimal mid,
        @Nullable BigDecimal statedChange,
        @Nullable BigDecimal statedPercent,
        String crossCheck,
        @Nullable Long existingId,
        long existingVersion,
        boolean identical,
        List<String> problems,
        boolean include,
        boolean confirmedUnusual) {

    public boolean isCorrection() {
        return existingId != null;
    }

    public boolean recognised() {
        return product != null;
    }

    /** "nd-metal-cn/yangtze/2026-02-11", or the name as written while something is missing. */
    public String label() {
        return (product == null ? mention.name() : product.getCode()) + "/" + (source == null ? "?" : source.getCode())
                + "/" + (date == null ? "?" : date);
    }

    public NoteQuoteDraft withInclude(boolean value) {
        return new NoteQuoteDraft(
                mention,
                product,
                source,
                date,
                low,
                high,
                mid,
                statedChange,
                statedPercent,
                crossCheck,
                existingId,
                existingVersion,
                identical,
                problems,
                value,
                confirmedUnusual);
    }

    public NoteQuoteDraft withPrices(
            @Nullable BigDecimal newLow, @Nullable BigDecimal newHigh, @Nullable BigDecimal newMid) {
        return new NoteQuoteDraft(
                mention,
                product,
                source,
                date,
                newLow,
                newHigh,
                newMid,
                statedChange,
                statedPercent,
                crossCheck,
                existingId,
                existingVersion,
                identical && same(newLow, low) && same(newHigh, high) && same(newMid, mid),
                problems,
                include,
                confirmedUnusual);
    }

    public NoteQuoteDraft withConfirmedUnusual(boolean value) {
        return new NoteQuoteDraft(
                mention,
                product,
                source,
                date,
                low,
                high,
                mid,
                statedChange,
                statedPercent,
                crossCheck,
                existingId,
                existingVersion,
                identical,
                problems,
                include,
                value);
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
