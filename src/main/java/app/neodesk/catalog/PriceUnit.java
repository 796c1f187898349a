package app.neodesk.catalog;

import java.math.BigDecimal;

/** The quantity a price refers to. */
public enum PriceUnit {
    T("t", new BigDecimal("1000")),
    KG("kg", BigDecimal.ONE);

    private final String symbol;
    private final BigDecimal kilograms;

    PriceUnit(String symbol, BigDecimal kilograms) {
        this.symbol = symbol;
        this.kilograms = kilograms;
    }

    public String symbol() {
        return symbol;
    }

    /** How many kilograms one unit holds (1 t = 1,000 kg). */
    public BigDecimal kilograms() {
        return kilograms;
    }
}
