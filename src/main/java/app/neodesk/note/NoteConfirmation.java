package app.neodesk.note;

import java.util.List;

/** The drafts the analyst confirmed, as reviewed; drafts not included are ignored. */
public record NoteConfirmation(List<NoteQuoteDraft> quotes, List<NoteDriverDraft> drivers) {}
