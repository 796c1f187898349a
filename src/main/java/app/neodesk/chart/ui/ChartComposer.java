package app.neodesk.chart.ui;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.Product;
import app.neodesk.chart.ChartData;
import app.neodesk.chart.ChartMode;
import app.neodesk.chart.MetalContent;
import app.neodesk.chart.PricePoint;
import app.neodesk.chart.ProductSeries;
import app.neodesk.chart.SeriesMath;
import app.neodesk.chart.SeriesPrecision;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import app.neodesk.quote.PreviousGap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns loaded chart data into what the {@link PriceChart} draws, per mode: bands and mid lines
 * on per-unit scales (absolute), lines rebased to 100 (compare), or A − B and A / B (spread).
 * Driver markers are coloured by category and shaped by direction; ranges become spans.
 */
public final class ChartComposer {

    static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"};

    private ChartComposer() {}

    public record Picture(List<ChartSeries> series, List<ChartMarker> markers, List<ChartSpan> spans) {}

    public static Picture compose(ChartData data) {
        var state = data.state();
        var series = switch (state.mode()) {
            case ABSOLUTE -> absolute(data.series(), data.previousGap());
            case COMPARE -> compare(data);
            case SPREAD -> spread(data.series(), state.metalContent(), data.previousGap());
        };
        var seriesIdOfProduct = new HashMap<Long, String>();
        if (state.mode() != ChartMode.SPREAD) {
            for (var s : data.series()) {
                seriesIdOfProduct.put(s.product().getId(), midId(s.product()));
            }
        }
        var markers = new ArrayList<ChartMarker>();
        var spans = new ArrayList<ChartSpan>();
        for (var driver : data.drivers()) {
            if (driver.endDate() != null && driver.endDate().isAfter(driver.date())) {
                spans.add(new ChartSpan(
                        "driver-" + driver.id(),
                        driver.date(),
                        driver.endDate(),
                        categoryColor(driver.category()),
                        driver.title()));
            } else {
                var seriesId = driver.productIds().stream()
                        .map(seriesIdOfProduct::get)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
                markers.add(new ChartMarker(
                        "driver-" + driver.id(),
                        driver.date(),
                        shape(driver.direction()),
                        categoryColor(driver.category()),
                        driver.category().label() + ": " + driver.title(),
                        seriesId));
            }
        }
        for (var s : data.series()) {
            for (var change : s.specChanges()) {
                spans.add(ChartSpan.line(
                        "spec-" + change.getId(),
                        change.getEffectiveDate(),
                        "#555",
                        s.product().getCode() + ": " + change.getDescription()));
            }
        }
        return new Picture(series, markers, spans);
    }

    /** Parses the id that {@link #compose} gave a driver marker or span; empty for other ids. */
    public static Optional<Long> driverId(String markerId) {
        if (!markerId.startsWith("driver-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(markerId.substring("driver-".length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<ChartSeries> absolute(List<ProductSeries> input, PreviousGap gap) {
        var scales = new HashMap<String, ChartScale>();
        var result = new ArrayList<ChartSeries>();
        for (int i = 0; i < input.size(); i++) {
            var s = input.get(i);
            var unit = s.product().getPriceUnitLabel();
            var scale = scales.computeIfAbsent(unit, u -> switch (scales.size()) {
                case 0 -> ChartScale.RIGHT;
                case 1 -> ChartScale.LEFT;
                default -> ChartScale.overlay("scale-" + u);
            });
            var color = PALETTE[i % PALETTE.length];
            var name = name(s);
            // One band series per product: the component draws its mid line and shades low–high around it.
            result.add(new ChartSeries(
                    midId(s.product()), name, SeriesKind.BAND, scale, color, withStoredChanges(s, gap)));
        }
        return result;
    }

    /**
     * Each quote with the change against its real previous quote, as the history shows it, and that
     * quote's date when it is older than the gap.
     */
    static List<ChartPoint> withStoredChanges(ProductSeries s, PreviousGap gap) {
        var points = new ArrayList<ChartPoint>(s.points().size());
        for (int i = 0; i < s.points().size(); i++) {
            var p = s.points().get(i);
            var c = s.changes().get(i);
            points.add(new ChartPoint(
                    p.date(),
                    p.low(),
                    p.high(),
                    p.mid(),
                    c.change(),
                    c.changePercent(),
                    gap.versus(p.date(), c.previousDate())));
        }
        return points;
    }

    private static List<ChartSeries> compare(ChartData data) {
        var result = new ArrayList<ChartSeries>();
        for (int i = 0; i < data.series().size(); i++) {
            var s = data.series().get(i);
            List<PricePoint> rebased = s.points().isEmpty() ? List.of() : SeriesMath.rebase(s.points(), data.from());
            result.add(ChartSeries.ofQuotes(
                    midId(s.product()),
                    name(s) + " (start = 100)",
                    SeriesKind.LINE,
                    ChartScale.RIGHT,
                    PALETTE[i % PALETTE.length],
                    rebased,
                    data.previousGap()));
        }
        return result;
    }

    /**
     * The spread on the right axis in its unit, shown with the products' own quoting precision (a
     * CNY/t spread in whole yuan, not "280,000.00"), and the ratio in a pane of its own below it with
     * {@value SeriesPrecision#RATIO_DIGITS} significant digits: two lines that often look alike never
     * share one area. The values stay exact; only their display precision is set.
     */
    private static List<ChartSeries> spread(List<ProductSeries> input, boolean metalContent, PreviousGap gap) {
        var a = input.get(0);
        var b = input.get(1);
        var basis = metalContent ? metalBasis(a.product(), b.product()) : MetalContent.AS_QUOTED;
        var suffix = basis == MetalContent.AS_QUOTED ? "" : " (oxide as contained metal, ×1/0.8574)";
        var spread = SeriesMath.spread(a.points(), b.points(), basis);
        var ratio = SeriesMath.ratio(a.points(), b.points(), basis);
        var spreadDecimals = SeriesPrecision.spreadDecimals(
                a.product().getPriceScale(), b.product().getPriceScale());
        var codes = a.product().getCode() + " − " + b.product().getCode();
        var ratioUnit = ratioUnit(a.product(), b.product());
        return List.of(
                ChartSeries.ofValues(
                                "spread",
                                codes + suffix + " · " + spreadUnit(a.product(), b.product()),
                                ChartScale.RIGHT,
                                PALETTE[0],
                                spread,
                                gap)
                        .withDecimals(spreadDecimals),
                ChartSeries.ofValues(
                                "ratio",
                                a.product().getCode() + " / " + b.product().getCode() + suffix
                                        + (ratioUnit.isEmpty() ? "" : " · " + ratioUnit),
                                ChartScale.pane(1),
                                PALETTE[1],
                                ratio,
                                gap)
                        .withDecimals(SeriesPrecision.ratioDecimals(ratio)));
    }

    /** The unit of A − B: the common unit ("CNY/t"), or both when they differ ("CNY/t − USD/kg"). */
    static String spreadUnit(Product a, Product b) {
        var ua = a.getPriceUnitLabel();
        var ub = b.getPriceUnitLabel();
        return ua.equals(ub) ? ua : ua + " − " + ub;
    }

    /** The unit of A / B: none when both are quoted alike, else "CNY/t per USD/kg". */
    static String ratioUnit(Product a, Product b) {
        var ua = a.getPriceUnitLabel();
        var ub = b.getPriceUnitLabel();
        return ua.equals(ub) ? "" : ua + " per " + ub;
    }

    /**
     * The metal-content adjustment applies to whichever side is Nd₂O₃ when the other is Nd metal;
     * 0.8574 is neodymium's factor, so other elements are compared as quoted.
     */
    static MetalContent metalBasis(Product a, Product b) {
        if (a.getElement() != Element.ND || b.getElement() != Element.ND) {
            return MetalContent.AS_QUOTED;
        }
        if (a.getForm() == MaterialForm.METAL && b.getForm() == MaterialForm.OXIDE) {
            return MetalContent.neodymiumOxideB();
        }
        if (a.getForm() == MaterialForm.OXIDE && b.getForm() == MaterialForm.METAL) {
            return MetalContent.neodymiumOxideA();
        }
        return MetalContent.AS_QUOTED;
    }

    private static String name(ProductSeries s) {
        return s.product().getDisplayName() + " · " + s.source().getCode();
    }

    static String midId(Product product) {
        return "mid-" + product.getCode();
    }

    private static MarkerShape shape(Direction direction) {
        return switch (direction) {
            case BULLISH -> MarkerShape.ARROW_UP;
            case BEARISH -> MarkerShape.ARROW_DOWN;
            case NEUTRAL -> MarkerShape.CIRCLE;
        };
    }

    static String categoryColor(DriverCategory category) {
        return switch (category) {
            case SUPPLY -> "#8c564b";
            case DEMAND -> "#2ca02c";
            case POLICY -> "#d62728";
            case MACRO -> "#9467bd";
            case OUTLOOK -> "#ff7f0e";
        };
    }
}
