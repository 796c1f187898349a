package app.neodesk.catalog;

public interface ProductRepository extends CatalogRepository<Product> {}
