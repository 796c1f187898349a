package app.neodesk.note;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import app.neodesk.quote.PriceChange;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuotePrices;
import app.neodesk.quote.QuoteService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a note says about a product into a {@link NoteQuoteDraft}: converts the amounts to
 * the product's unit (exactly; a foreign currency is a problem, never converted), finds a stored
 * quote of the same day (a correction then) and checks the stated change against the stored
 * previous quote. Reads only; the caller holds the transaction and the security check.
 */
final class QuoteDrafter {

    private final QuoteService quotes;

    QuoteDrafter(QuoteService quotes) {
        this.quotes = quotes;
    }

    NoteQuoteDraft draft(PriceMention m, @Nullable Product product, @Nullable Source source, @Nullable LocalDate date) {
        var problems = new ArrayList<String>();
        if (product == null) {
            problems.add("not recognised: " + m.name() + " — pick a product or skip");
            return new NoteQuoteDraft(
                    m,
                    null,
                    source,
                    date,
                    null,
                    null,
                    null,
                    null,
                    m.changePercent(),
                    "",
                    null,
                    0,
                    false,
                    List.copyOf(problems),
                    false,
                    false);
        }
        var target = QuoteUnit.of(product);
        int scale = product.getPriceScale();
        var low = convert(m.low(), target, scale, "low", problems);
        var high = convert(m.high(), target, scale, "high", problems);
        var mid = convert(m.mid(), target, scale, "average", problems);
        var change = m.change() != null && m.change().value().signum() == 0
                ? BigDecimal.ZERO
                : convert(m.change(), target, scale, "change", problems);
        if (low == null && high == null && mid != null) {
            low = mid; // a single price without a range
            high = mid;
        } else if (mid == null && low != null && high != null) {
            mid = QuotePrices.defaultMid(low, high, scale);
        }
        if (source == null) {
            problems.add("No source found in the note: pick one");
        }
        if (date == null) {
            problems.add("No date found in the note: pick one");
        }
        Long existingId = null;
        long existingVersion = 0;
        boolean identical = false;
        String crossCheck = "";
        if (source != null && date != null) {
            var existing = quotes.find(product.requireId(), source.requireId(), date);
            if (existing.isPresent()) {
                var e = existing.get();
                existingId = e.id();
                existingVersion = e.version();
                identical = same(low, e.low()) && same(high, e.high()) && same(mid, e.mid());
            }
            crossCheck = crossCheck(product, source, date, mid, change, m.changePercent());
        }
        if (date != null && mid != null && mid.signum() > 0) {
            // shown now, not first at saving: a price in the wrong unit is not included by default
            quotes.scaleWarning(product.requireId(), date, mid)
                    .ifPresent(warning ->
                            problems.add(warning + " Tick \"Confirm a large move or unusual scale\" only if it is."));
        }
        boolean include = problems.isEmpty() && !identical;
        return new NoteQuoteDraft(
                m,
                product,
                source,
                date,
                low,
                high,
                mid,
                change,
                m.changePercent(),
                crossCheck,
                existingId,
                existingVersion,
                identical,
                List.copyOf(problems),
                include,
                false);
    }

    /** "agrees with …", or "note says +35,000; stored previous 1,040,000 gives +45,000". */
    private String crossCheck(
            Product product,
            Source source,
            LocalDate date,
            @Nullable BigDecimal mid,
            @Nullable BigDecimal stated,
            @Nullable BigDecimal statedPercent) {
        if (stated == null && statedPercent == null) {
            return "The note states no change";
        }
        var previous = quotes.previous(product.requireId(), source.requireId(), date);
        if (previous.isEmpty()) {
            return "No stored previous quote of " + product.getCode() + " from " + source.getCode()
                    + " to check against";
        }
        if (mid == null) {
            return "No average in the note to check the change";
        }
        int scale = product.getPriceScale();
        var prev = previous.get();
        var actual = PriceChange.of(mid, prev.mid());
        var amount = Objects.requireNonNull(actual.amount());
        var percent = Objects.requireNonNull(actual.percent());
        var base = "stored previous " + PriceFormat.price(prev.mid(), scale) + " (" + prev.date() + ")";
        var differences = new ArrayList<String>();
        if (stated != null && stated.compareTo(amount) != 0) {
            differences.add("note says " + signed(stated, scale) + "; " + base + " gives " + signed(amount, scale));
        }
        if (statedPercent != null) {
            var rounded = percent.setScale(Math.max(0, statedPercent.scale()), RoundingMode.HALF_UP);
            if (statedPercent.compareTo(rounded) != 0) {
                differences.add("note says " + signedPercent(statedPercent) + "; " + base + " gives "
                        + PriceFormat.changePercent(actual));
            }
        }
        return differences.isEmpty() ? "agrees with " + base : String.join("; ", differences);
    }

    private static String signed(BigDecimal value, int scale) {
        return (value.signum() > 0 ? "+" : "") + PriceFormat.price(value, scale);
    }

    private static String signedPercent(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString() + "%";
    }

    private static @Nullable BigDecimal convert(
            @Nullable NoteAmount amount, QuoteUnit target, int scale, String what, List<String> problems) {
        if (amount == null) {
            return null;
        }
        var unit = amount.unit().toQuoteUnit();
        if (unit.isEmpty()) {
            problems.add("No unit for the " + what + " " + amount.written().strip() + " in the note: enter it in "
                    + target.label());
            return null;
        }
        if (!unit.get().convertibleTo(target)) {
            problems.add("The " + what + " " + amount.written().strip() + " is in "
                    + unit.get().currency() + ", the product is quoted in " + target.label() + ": not converted");
            return null;
        }
        var value = unit.get().convert(amount.value(), target);
        if (value.scale() > scale) {
            problems.add("The " + what + " " + amount.written().strip() + " is " + value.toPlainString() + " "
                    + target.label() + ", more decimals than the product's " + scale);
        }
        return value;
    }

    private static boolean same(@Nullable BigDecimal a, BigDecimal b) {
        return a != null && a.compareTo(b) == 0;
    }
}
