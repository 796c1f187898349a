package app.neodesk.note;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the grammar read in a note.
 *
 * @param date        the note's date (the first date of its price part, else of the whole note)
 * @param sourceCode  the proposed source: the one named as where the data comes from, else the first named
 * @param sourceCodes every source named, in order of first mention
 * @param prices      the priced products, in order of first mention (unknown names have no product code)
 * @param sections    the driver sections
 */
public record ParsedNote(
        @Nullable LocalDate date,
        @Nullable String sourceCode,
        List<String> sourceCodes,
        List<PriceMention> prices,
        List<NoteSection> sections) {}
