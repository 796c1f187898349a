package app.neodesk.catalog;

/** The rare-earth element (or blend) a product is made of. */
public enum Element {
    ND("Nd", "Neodymium"),
    PR("Pr", "Praseodymium"),
    PRND("PrNd", "Praseodymium-neodymium"),
    DY("Dy", "Dysprosium"),
    TB("Tb", "Terbium"),
    CE("Ce", "Cerium"),
    LA("La", "Lanthanum"),
    SM("Sm", "Samarium"),
    GD("Gd", "Gadolinium"),
    HO("Ho", "Holmium"),
    Y("Y", "Yttrium"),
    EU("Eu", "Europium"),
    ER("Er", "Erbium"),
    LU("Lu", "Lutetium");

    private final String symbol;
    private final String label;

    Element(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }
}
