package app.neodesk.catalog;

public interface SourceRepository extends CatalogRepository<Source> {}
