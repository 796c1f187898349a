package app.neodesk.intake;

import java.util.Optional;

/** Resolves what a vendor file names: products by code or alias, sources by code or name. */
public interface IntakeCatalog {

    Optional<ProductTarget> product(String nameOrCode);

    /** The product with exactly this code. */
    Optional<ProductTarget> productByCode(String code);

    /** The source code for a code or name ("yangtze", "长江有色金属网"). */
    Optional<String> source(String nameOrCode);
}
