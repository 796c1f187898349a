package app.neodesk.quote;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.UnitHistory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stops a price in the wrong unit: a mid more than {@code neodesk.quotes.scale-guard-factor}
 * times (default 3) above or below the product's stored level around its date. The level is the
 * mid of the latest live quote of the product, from any source, within {@value #RECENT_DAYS}
 * days before the date (the date itself included); without one, the mid of the nearest live quote
 * before or after. A product without stored quotes has no level and no guard. Entry, correction
 * and import all use it; the user can only get past it by an explicit, audited confirmation. A level
 * stored before a unit change of the product (t → kg) is converted exactly to the unit in force on
 * the checked date first; across a currency change there is no level.
 */
@Component
public class ScaleGuard {

    /** How far back a stored quote counts as the recent level. */
    public static final int RECENT_DAYS = 30;

    private static final MathContext ONE_DIGIT = new MathContext(1, RoundingMode.HALF_UP);

    /**
     * A price the guard stops.
     *
     * @param value     the price checked (the mid)
     * @param level     the stored level it was compared with
     * @param levelDate the date of the quote that gave the level
     * @param recent    whether that quote is within {@value #RECENT_DAYS} days before the date
     * @param above     whether the price is above the level (else below)
     * @param ratio     how many times above (or the 1/ratio below), to one significant figure, e.g. "1,000"
     * @param message   "1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?"
     */
    public record Finding(
            BigDecimal value,
            BigDecimal level,
            LocalDate levelDate,
            boolean recent,
            boolean above,
            String ratio,
            String message) {

        /** "~1,000×" or "~1/1,000". */
        public String ratioText() {
            return above ? "~" + ratio + "×" : "~1/" + ratio;
        }
    }

    /** A stored level: the date and mid of one quote. */
    record Level(LocalDate date, BigDecimal mid) {}

    private final QuoteJdbc jdbc;
    private final QuoteSettings settings;
    private final ProductService products;

    ScaleGuard(QuoteJdbc jdbc, QuoteSettings settings, ProductService products) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.products = products;
    }

    /** The units of every product over time, for {@link #judge}: from the catalog cache. */
    UnitHistory units() {
        return products.catalog().units();
    }

    /**
     * Checks one price against the stored quotes (call with the product locked).
     *
     * @param exceptQuoteId a quote not to take as the level (the one being corrected), or {@code null}
     */
    Optional<Finding> check(Product product, LocalDate date, BigDecimal mid, @Nullable Long exceptQuoteId) {
        long productId = product.requireId();
        long except = exceptQuoteId == null ? -1 : exceptQuoteId;
        var recent = jdbc.latestMid(productId, date.minusDays(RECENT_DAYS), date, except);
        var units = units();
        if (recent.isPresent()) {
            return judge(product, date, mid, recent.get(), units);
        }
        var before = jdbc.latestMid(productId, null, date.minusDays(RECENT_DAYS + 1), except);
        var after = jdbc.earliestMidAfter(productId, date, except);
        return nearest(date, before.orElse(null), after.orElse(null)).flatMap(l -> judge(product, date, mid, l, units));
    }

    private static Optional<Level> nearest(LocalDate date, @Nullable Level before, @Nullable Level after) {
        if (before == null || after == null) {
            return Optional.ofNullable(before != null ? before : after);
        }
        long back = date.toEpochDay() - before.date().toEpochDay();
        long ahead = after.date().toEpochDay() - date.toEpochDay();
        return Optional.of(ahead < back ? after : before);
    }

    /**
     * The finding if {@code mid} is more than the factor away from {@code stored}, both taken in the
     * unit in force on {@code date}.
     */
    Optional<Finding> judge(Product product, LocalDate date, BigDecimal mid, Level stored, UnitHistory units) {
        var unit = units.unitAt(product, date);
        var storedUnit = units.unitAt(product, stored.date());
        if (!storedUnit.convertibleTo(unit)) {
            return Optional.empty();
        }
        var level = storedUnit.equals(unit) ? stored : new Level(stored.date(), storedUnit.convert(stored.mid(), unit));
        var factor = settings.scaleGuardFactor();
        boolean above = mid.compareTo(level.mid().multiply(factor)) > 0;
        boolean below = mid.multiply(factor).compareTo(level.mid()) < 0;
        if (!above && !below) {
            return Optional.empty();
        }
        var ratio = above ? mid.divide(level.mid(), ONE_DIGIT) : level.mid().divide(mid, ONE_DIGIT);
        var ratioText = PriceFormat.price(ratio, 0);
        int scale = product.getPriceScale();
        boolean recent = !level.date().isBefore(date.minusDays(RECENT_DAYS))
                && !level.date().isAfter(date);
        var where = recent
                ? "the recent level of " + PriceFormat.price(level.mid(), scale) + " " + unit.label()
                : "the nearest stored level of " + PriceFormat.price(level.mid(), scale) + " " + unit.label() + " ("
                        + level.date() + ")";
        var message = PriceFormat.price(mid, scale) + " is "
                + (above ? "~" + ratioText + "× " : "~1/" + ratioText + " of ") + where + ": is the unit right?";
        return Optional.of(new Finding(mid, level.mid(), level.date(), recent, above, ratioText, message));
    }

    /**
     * The stored levels of a product for an import of dates {@code from}..{@code to}, loaded once
     * (the quotes from {@value #RECENT_DAYS} days before {@code from} to {@code to}, and the nearest
     * one outside on either side), so each row is looked up in memory.
     */
    Levels levels(long productId, LocalDate from, LocalDate to) {
        var rows = jdbc.mids(productId, from.minusDays(RECENT_DAYS), to);
        var before = jdbc.latestMid(productId, null, from.minusDays(RECENT_DAYS + 1), -1);
        var after = jdbc.earliestMidAfter(productId, to, -1);
        int n = rows.size() + (before.isPresent() ? 1 : 0) + (after.isPresent() ? 1 : 0);
        var days = new long[n];
        var mids = new BigDecimal[n];
        int i = 0;
        if (before.isPresent()) {
            days[i] = before.get().date().toEpochDay();
            mids[i++] = before.get().mid();
        }
        for (var r : rows) {
            days[i] = r.date().toEpochDay();
            mids[i++] = r.mid();
        }
        if (after.isPresent()) {
            days[i] = after.get().date().toEpochDay();
            mids[i] = after.get().mid();
        }
        return new Levels(days, mids);
    }

    /** A product's stored (date, mid) pairs, oldest first, for lookups in memory. */
    static final class Levels {
        private final long[] days;
        private final BigDecimal[] mids;

        Levels(long[] days, BigDecimal[] mids) {
            this.days = days;
            this.mids = mids;
        }

        static Levels of(List<Level> levels) {
            return new Levels(
                    levels.stream().mapToLong(l -> l.date().toEpochDay()).toArray(),
                    levels.stream().map(Level::mid).toArray(BigDecimal[]::new));
        }

        /** The level for {@code date} by the guard's rule, if any quote is stored. */
        Optional<Level> at(LocalDate date) {
            if (days.length == 0) {
                return Optional.empty();
            }
            long day = date.toEpochDay();
            int i = Arrays.binarySearch(days, day);
            if (i >= 0) {
                while (i + 1 < days.length && days[i + 1] == day) {
                    i++;
                }
            } else {
                i = -i - 2; // the last before
            }
            if (i >= 0 && days[i] >= day - RECENT_DAYS) {
                return Optional.of(level(i));
            }
            var before = i >= 0 ? level(i) : null;
            var after = i + 1 < days.length ? level(i + 1) : null;
            return nearest(date, before, after);
        }

        private Level level(int i) {
            return new Level(LocalDate.ofEpochDay(days[i]), mids[i]);
        }
    }
}
