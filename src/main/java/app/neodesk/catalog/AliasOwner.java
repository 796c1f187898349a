package app.neodesk.catalog;

/** A product or source that owns a name, as alias or code: the name's normalised key, its id and code. */
record AliasOwner(String key, long ownerId, String code) {}
