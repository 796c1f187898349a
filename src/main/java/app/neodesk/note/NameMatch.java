package app.neodesk.note;

/**
 * A catalog name found in note text: the code of the product or source it names, the alias as
 * written in the catalog, and where it stands.
 */
public record NameMatch(String code, String alias, int start, int end) {}
