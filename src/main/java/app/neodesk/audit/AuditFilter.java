package app.neodesk.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit list shows: optional entity type, actor, free text in the summary and a date
 * range (inclusive, in the server's zone).
 */
public record AuditFilter(
        @Nullable String entityType,
        @Nullable String actor,
        @Nullable String text,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
