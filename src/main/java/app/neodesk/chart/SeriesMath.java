package app.neodesk.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Series math for charts. All arithmetic is {@link BigDecimal} with explicit rounding; no value is
 * ever interpolated or invented for a missing date.
 *
 * <p>Input lists may come in any order; they are sorted by date. Two points on the same date in one
 * series are rejected, because the result would depend on which one wins.
 */
public final class SeriesMath {

    /** Scale of change %: 2 decimals. */
    public static final int PERCENT_SCALE = 2;

    /** Scale of rebased values (index = 100 at the base point): 4 decimals. */
    public static final int REBASE_SCALE = 4;

    /** Scale of spreads: 2 decimals, enough for USD/kg prices and for metal-content adjusted CNY/t. */
    public static final int SPREAD_SCALE = 2;

    /** Scale of ratios: 6 decimals. */
    public static final int RATIO_SCALE = 6;

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SeriesMath() {}

    /**
     * Change and change % of each point's mid against the previous point of the same series.
     *
     * <p>The first point gets an empty change ({@code null}), never 0. {@code change % = change /
     * previous mid × 100}, rounded HALF_UP to 2 decimals; it is {@code null} if the previous mid is 0.
     *
     * @return one entry per point, in date order
     */
    public static List<PointChange> changes(List<PricePoint> points) {
        List<PricePoint> sorted = sortedByDate(points);
        List<PointChange> result = new ArrayList<>(sorted.size());
        PricePoint previous = null;
        for (PricePoint point : sorted) {
            if (previous == null) {
                result.add(new PointChange(point.date(), null, null));
            } else {
                BigDecimal change = point.mid().subtract(previous.mid());
                BigDecimal percent = previous.mid().signum() == 0
                        ? null
                        : change.multiply(HUNDRED).divide(previous.mid(), PERCENT_SCALE, ROUNDING);
                result.add(new PointChange(point.date(), change, percent, previous.date()));
            }
            previous = point;
        }
        return List.copyOf(result);
    }

    /**
     * Rebases a series to 100 at its first point on or after {@code start}. Points before that base
     * point are left out. Low, high and mid are all divided by the base point's mid, so a band keeps
     * its shape. Values have scale 4, HALF_UP.
     *
     * @return the rebased points, or an empty list if no point is on or after {@code start}
     * @throws IllegalArgumentException if the base point's mid is 0
     */
    public static List<PricePoint> rebase(List<PricePoint> points, LocalDate start) {
        List<PricePoint> from = sortedByDate(points).stream()
                .filter(p -> !p.date().isBefore(start))
                .toList();
        if (from.isEmpty()) {
            return List.of();
        }
        BigDecimal base = from.getFirst().mid();
        if (base.signum() == 0) {
            throw new IllegalArgumentException(
                    "cannot rebase to 100 on " + from.getFirst().date() + ": the mid there is 0");
        }
        return from.stream()
                .map(p -> new PricePoint(p.date(), index(p.low(), base), index(p.high(), base), index(p.mid(), base)))
                .toList();
    }

    /** Spread {@code A − B} of the mids, taken as quoted. See {@link #spread(List, List, MetalContent)}. */
    public static List<SeriesValue> spread(List<PricePoint> a, List<PricePoint> b) {
        return spread(a, b, MetalContent.AS_QUOTED);
    }

    /**
     * Spread {@code A − B} of the mids on the dates where both series have a point. Dates where
     * either side has no quote are left out, never interpolated. With a metal-content adjustment the
     * oxide side is divided by the metal fraction first (see {@link MetalContent}). The result is
     * computed as one exact fraction and rounded once, HALF_UP to 2 decimals.
     */
    public static List<SeriesValue> spread(List<PricePoint> a, List<PricePoint> b, MetalContent basis) {
        BigDecimal da = basis.divisorA();
        BigDecimal db = basis.divisorB();
        BigDecimal denominator = da.multiply(db);
        List<SeriesValue> result = new ArrayList<>();
        for (Pair pair : commonDates(a, b)) {
            // a/da − b/db = (a·db − b·da) / (da·db): exact until the single rounding step.
            BigDecimal numerator = pair.a().multiply(db).subtract(pair.b().multiply(da));
            result.add(new SeriesValue(pair.date(), numerator.divide(denominator, SPREAD_SCALE, ROUNDING)));
        }
        return List.copyOf(result);
    }

    /** Ratio {@code A / B} of the mids, taken as quoted. See {@link #ratio(List, List, MetalContent)}. */
    public static List<SeriesValue> ratio(List<PricePoint> a, List<PricePoint> b) {
        return ratio(a, b, MetalContent.AS_QUOTED);
    }

    /**
     * Ratio {@code A / B} of the mids on the dates where both series have a point, HALF_UP to 6
     * decimals. With a metal-content adjustment the oxide side is divided by the metal fraction first.
     * Dates where B's mid is 0 are left out: the ratio is undefined there.
     */
    public static List<SeriesValue> ratio(List<PricePoint> a, List<PricePoint> b, MetalContent basis) {
        BigDecimal da = basis.divisorA();
        BigDecimal db = basis.divisorB();
        List<SeriesValue> result = new ArrayList<>();
        for (Pair pair : commonDates(a, b)) {
            if (pair.b().signum() == 0) {
                continue;
            }
            // (a/da) / (b/db) = (a·db) / (b·da): exact until the single rounding step.
            BigDecimal value = pair.a().multiply(db).divide(pair.b().multiply(da), RATIO_SCALE, ROUNDING);
            result.add(new SeriesValue(pair.date(), value));
        }
        return List.copyOf(result);
    }

    /**
     * Copy of {@code points} sorted by date.
     *
     * @throws IllegalArgumentException if two points share a date
     */
    public static List<PricePoint> sortedByDate(List<PricePoint> points) {
        List<PricePoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(PricePoint::date));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException(
                        "two points on " + sorted.get(i).date() + " in one series; a series has one quote per date");
            }
        }
        return sorted;
    }

    private static BigDecimal index(BigDecimal value, BigDecimal base) {
        return value.multiply(HUNDRED).divide(base, REBASE_SCALE, ROUNDING);
    }

    private record Pair(LocalDate date, BigDecimal a, BigDecimal b) {}

    private static List<Pair> commonDates(List<PricePoint> a, List<PricePoint> b) {
        Map<LocalDate, BigDecimal> bByDate = new TreeMap<>();
        for (PricePoint point : sortedByDate(b)) {
            bByDate.put(point.date(), point.mid());
        }
        List<Pair> pairs = new ArrayList<>();
        for (PricePoint point : sortedByDate(a)) {
            BigDecimal other = bByDate.get(point.date());
            if (other != null) {
                pairs.add(new Pair(point.date(), point.mid(), other));
            }
        }
        return pairs;
    }
}
