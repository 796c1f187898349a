package app.neodesk.catalog;

/** Reads the whole catalog for {@link CatalogCache}, in the caller's transaction or one of its own. */
@FunctionalInterface
interface CatalogLoader {

    CatalogSnapshot load();
}
