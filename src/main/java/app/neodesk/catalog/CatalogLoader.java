package app.neodesk.catalog;

/** Reads the whole catalog for {@link CatalogCache}; needs a transaction. */
@FunctionalInterface
interface CatalogLoader {

    CatalogSnapshot load();
}
