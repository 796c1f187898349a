package app.neodesk.chart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether, and on which side, an oxide price is converted to a price per tonne of contained metal
 * before a spread or ratio is taken.
 *
 * <p><b>Which way the factor applies.</b> Nd₂O₃ holds 0.8574 Nd by mass (2 × 144.242 / 336.48). One
 * tonne of oxide therefore yields 0.8574 t of metal, and an oxide price {@code P} per tonne of oxide
 * is {@code P / 0.8574} per tonne of contained metal. The oxide side is <em>divided</em> by the
 * fraction, which raises it. The metal − oxide spread then reads as what a metal maker earns per
 * tonne of metal over the cost of the oxide in it: a processing margin. Example from the seed:
 * 1,085,000 − 905,000 / 0.8574 = 29,483.32 CNY/t, while the unadjusted 1,085,000 − 905,000 = 180,000
 * would overstate the margin six-fold.
 *
 * @param oxideSide which input series is the oxide, or {@link OxideSide#NONE} for no adjustment
 * @param metalFraction mass fraction of metal in the oxide, in (0, 1]
 */
public record MetalContent(OxideSide oxideSide, BigDecimal metalFraction) {

    /** Nd mass fraction in Nd₂O₃: 2 × 144.242 / 336.48, as used by the desk. */
    public static final BigDecimal ND_IN_ND2O3 = new BigDecimal("0.8574");

    /** No adjustment: both sides are taken as quoted. */
    public static final MetalContent AS_QUOTED = new MetalContent(OxideSide.NONE, BigDecimal.ONE);

    /** Which side of {@code A − B} or {@code A / B} is an oxide quote. */
    public enum OxideSide {
        NONE,
        A,
        B
    }

    public MetalContent {
        Objects.requireNonNull(oxideSide, "oxideSide");
        Objects.requireNonNull(metalFraction, "metalFraction");
        if (metalFraction.signum() <= 0 || metalFraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "metal fraction must be in (0, 1], got " + metalFraction.toPlainString());
        }
    }

    /** Series B is Nd₂O₃ (the usual "Nd metal − Nd oxide" margin). */
    public static MetalContent neodymiumOxideB() {
        return new MetalContent(OxideSide.B, ND_IN_ND2O3);
    }

    /** Series A is Nd₂O₃. */
    public static MetalContent neodymiumOxideA() {
        return new MetalContent(OxideSide.A, ND_IN_ND2O3);
    }

    /** Divisor applied to side A: the fraction when A is the oxide, else 1. */
    BigDecimal divisorA() {
        return oxideSide == OxideSide.A ? metalFraction : BigDecimal.ONE;
    }

    /** Divisor applied to side B: the fraction when B is the oxide, else 1. */
    BigDecimal divisorB() {
        return oxideSide == OxideSide.B ? metalFraction : BigDecimal.ONE;
    }
}
