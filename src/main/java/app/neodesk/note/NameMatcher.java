package app.neodesk.note;

import java.util.List;

/** Finds catalog names (product or source aliases) in free text, longest first, without overlaps, in text order. */
@FunctionalInterface
public interface NameMatcher {

    NameMatcher NONE = text -> List.of();

    List<NameMatch> findAll(String text);
}
