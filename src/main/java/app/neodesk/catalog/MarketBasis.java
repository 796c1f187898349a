package app.neodesk.catalog;

/**
 * Where and how a price is assessed. Chinese domestic prices include VAT; the flag lets later
 * conversions remove it at the rate in force on the quote's date.
 */
public enum MarketBasis {
    CN_EXW("CN domestic ex-works, VAT incl.", "China ex-works", true),
    FOB_CHINA("FOB China", "FOB China", false),
    CIF_ROTTERDAM("CIF Rotterdam", "CIF Rotterdam", false),
    CIF_JAPAN("CIF Japan", "CIF Japan", false),
    DDP_EUROPE("DDP Europe", "DDP Europe", false);

    private final String label;
    private final String shortLabel;
    private final boolean vatIncluded;

    MarketBasis(String label, String shortLabel, boolean vatIncluded) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.vatIncluded = vatIncluded;
    }

    public String label() {
        return label;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public boolean vatIncluded() {
        return vatIncluded;
    }
}
