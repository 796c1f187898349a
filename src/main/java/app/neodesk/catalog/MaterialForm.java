package app.neodesk.catalog;

/** The physical form of a product. An alloy names its composition in the product's form detail. */
public enum MaterialForm {
    METAL("metal"),
    OXIDE("oxide"),
    ALLOY("alloy");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
