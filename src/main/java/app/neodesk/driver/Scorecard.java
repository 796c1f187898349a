package app.neodesk.driver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scorecard math, free of Spring and the database. Horizons count quotes, not days: the move
 * over 5 quotes is the 5th quote after the base, whatever gaps (weekends, holidays) lie between.
 * A horizon without enough quotes yet is pending, never 0.
 */
public final class Scorecard {

    public static final List<Integer> HORIZONS = List.of(1, 5, 20);
    public static final int MAX_HORIZON = 20;
    public static final int PERCENT_SCALE = 2;

    private Scorecard() {}

    /** The move of the mid {@code horizon} quotes after the base; change and percent are null while pending. */
    public record HorizonMove(
            int horizon,
            @Nullable LocalDate date,
            @Nullable BigDecimal change,
            @Nullable BigDecimal changePercent) {

        public boolean pending() {
            return change == null;
        }

        /** Whether the price moved the way the direction said; null for neutral or pending. */
        public @Nullable Boolean hit(Direction direction) {
            if (change == null || direction.sign() == 0) {
                return null;
            }
            return change.signum() == direction.sign();
        }
    }

    /** The moves of one product (from its main source) after one annotation; {@code base} null means no price data. */
    public record ProductScore(
            long productId, String productCode, @Nullable DatedMid base, List<HorizonMove> moves) {

        public boolean hasPriceData() {
            return base != null;
        }
    }

    /** One line of the summary: a category, a direction and a horizon. */
    public record SummaryRow(
            DriverCategory category,
            Direction direction,
            int horizon,
            int resolved,
            int pending,
            @Nullable Integer hits,
            @Nullable BigDecimal hitRatePercent,
            @Nullable BigDecimal medianMovePercent) {}

    /** One scored product of one annotation, for the summary. */
    public record Outcome(DriverCategory category, Direction direction, ProductScore score) {}

    /**
     * Scores one product: the base is the last quote on or before the date, followed by the later
     * quotes in date order.
     */
    public static ProductScore score(long productId, String productCode, LocalDate date, List<DatedMid> mids) {
        var sorted = mids.stream().sorted(Comparator.comparing(DatedMid::date)).toList();
        DatedMid base = null;
        List<DatedMid> later = new ArrayList<>();
        for (var mid : sorted) {
            if (!mid.date().isAfter(date)) {
                base = mid;
            } else {
                later.add(mid);
            }
        }
        if (base == null) {
            return new ProductScore(productId, productCode, null, List.of());
        }
        List<HorizonMove> moves = new ArrayList<>();
        for (int horizon : HORIZONS) {
            if (later.size() < horizon) {
                moves.add(new HorizonMove(horizon, null, null, null));
            } else {
                var then = later.get(horizon - 1);
                var change = then.mid().subtract(base.mid());
                var percent = base.mid().signum() == 0
                        ? null
                        : change.multiply(BigDecimal.valueOf(100))
                                .divide(base.mid(), PERCENT_SCALE, RoundingMode.HALF_UP);
                moves.add(new HorizonMove(horizon, then.date(), change, percent));
            }
        }
        return new ProductScore(productId, productCode, base, List.copyOf(moves));
    }

    /**
     * For each category, direction and horizon: how many outcomes are resolved or pending, how
     * often the price moved the annotated way (not for neutral), and the median move in percent.
     * Products without price data are left out.
     */
    public static List<SummaryRow> summarise(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (var category : DriverCategory.values()) {
            for (var direction : Direction.values()) {
                var group = outcomes.stream()
                        .filter(o -> o.category() == category
                                && o.direction() == direction
                                && o.score().hasPriceData())
                        .toList();
                if (!group.isEmpty()) {
                    groups.put(category.name() + "/" + direction.name(), group);
                }
            }
        }
        List<SummaryRow> rows = new ArrayList<>();
        for (var group : groups.values()) {
            var category = group.getFirst().category();
            var direction = group.getFirst().direction();
            for (int horizon : HORIZONS) {
                var moves = group.stream()
                        .flatMap(o -> o.score().moves().stream())
                        .filter(m -> m.horizon() == horizon)
                        .toList();
                var resolved = moves.stream().filter(m -> !m.pending()).toList();
                int pending = moves.size() - resolved.size();
                Integer hits = null;
                BigDecimal hitRate = null;
                if (direction.sign() != 0 && !resolved.isEmpty()) {
                    hits = (int) resolved.stream()
                            .filter(m -> Boolean.TRUE.equals(m.hit(direction)))
                            .count();
                    hitRate = BigDecimal.valueOf(hits * 100L)
                            .divide(BigDecimal.valueOf(resolved.size()), 1, RoundingMode.HALF_UP);
                }
                var median = median(resolved.stream()
                        .map(HorizonMove::changePercent)
                        .filter(Objects::nonNull)
                        .toList());
                rows.add(new SummaryRow(category, direction, horizon, resolved.size(), pending, hits, hitRate, median));
            }
        }
        return rows;
    }

    /** The median, rounded half-up to {@value #PERCENT_SCALE} decimals; null for no values. */
    static @Nullable BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        var median = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1)
                        .add(sorted.get(n / 2))
                        .divide(BigDecimal.valueOf(2), PERCENT_SCALE + 2, RoundingMode.HALF_UP);
        return median.setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
    }
}
