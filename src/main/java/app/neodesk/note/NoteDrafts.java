package app.neodesk.note;

import app.neodesk.catalog.Source;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a note proposes: quote and driver drafts, and messages about the note as a whole (no
 * prices, no date, names not recognised). Nothing of it is stored yet.
 */
public record NoteDrafts(
        @Nullable LocalDate date,
        @Nullable Source source,
        List<Source> sourcesNamed,
        List<NoteQuoteDraft> quotes,
        List<NoteDriverDraft> drivers,
        List<String> messages) {}
