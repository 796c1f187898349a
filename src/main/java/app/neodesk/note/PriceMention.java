package app.neodesk.note;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a note says about one product's price.
 *
 * @param name          the name as written in the note
 * @param productCode   the product it names, or {@code null} if no alias matches
 * @param mid           the average
 * @param low           the range's low
 * @param high          the range's high
 * @param change        the stated change (signed), 0 for "unchanged"
 * @param changePercent the stated change in percent (signed)
 */
public record PriceMention(
        String name,
        @Nullable String productCode,
        @Nullable NoteAmount mid,
        @Nullable NoteAmount low,
        @Nullable NoteAmount high,
        @Nullable NoteAmount change,
        @Nullable BigDecimal changePercent) {

    public boolean hasPrice() {
        return mid != null || low != null;
    }
}
