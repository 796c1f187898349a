package app.neodesk.note;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.UserMessageException;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.NameIndex;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuotePrices;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market-note intake: reads a pasted note into quote and driver drafts ({@link #extract}) and saves
 * what the analyst confirms ({@link #confirm}) in one transaction, through the quote and driver
 * services (so their rules and audit apply). Analysts and admins only.
 */
@Service
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
public class NoteIntakeService {

    public static final int MAX_TEXT_LENGTH = 100_000;
    /** The tag on every driver saved from a note. */
    public static final String TAG = "market-note";

    private final ProductService products;
    private final SourceService sources;
    private final QuoteService quotes;
    private final DriverService drivers;
    private final AuditService audit;
    private final Clock clock;

    NoteIntakeService(
            ProductService products,
            SourceService sources,
            QuoteService quotes,
            DriverService drivers,
            AuditService audit,
            Clock clock) {
        this.products = products;
        this.sources = sources;
        this.quotes = quotes;
        this.drivers = drivers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The drafts a note proposes. Stores nothing.
     *
     * @throws ValidationException for an empty or too long text (field "text")
     */
    @Transactional(readOnly = true)
    public NoteDrafts extract(String text) {
        if (text.isBlank()) {
            throw new ValidationException("text", "Paste the text of a market note first");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new ValidationException(
                    "text",
                    String.format(
                            Locale.ROOT,
                            "The note has %,d characters, more than the %,d this page reads: paste the part with the prices "
                                    + "and the sections",
                            text.length(),
                            MAX_TEXT_LENGTH));
        }
        var productIndex = products.aliasIndex();
        var sourceIndex = sources.aliasIndex();
        var parsed =
                NoteGrammar.parse(text, matcher(productIndex, Product::getCode), matcher(sourceIndex, Source::getCode));
        var source = parsed.sourceCode() == null
                ? null
                : sources.findByCode(parsed.sourceCode()).orElse(null);
        var named = parsed.sourceCodes().stream()
                .map(c -> sources.findByCode(c).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        var drafter = new QuoteDrafter(quotes);
        var quoteDrafts = parsed.prices().stream()
                .map(m -> drafter.draft(
                        m,
                        m.productCode() == null
                                ? null
                                : products.findByCode(m.productCode()).orElse(null),
                        source,
                        parsed.date()))
                .toList();
        var messages = new ArrayList<String>();
        if (parsed.prices().isEmpty()) {
            messages.add(
                    text.chars().anyMatch(Character::isDigit)
                            ? "No prices found in the note: no number with a price unit follows a product name"
                            : "No prices found in the note: it contains no numbers");
        }
        quoteDrafts.stream()
                .filter(d -> !d.recognised())
                .forEach(d -> messages.add("not recognised: " + d.mention().name() + " — pick a product or skip"));
        if (parsed.date() == null) {
            messages.add("No date found in the note: pick the date of each quote; drivers are dated today");
        }
        var driverDate = parsed.date() != null ? parsed.date() : LocalDate.now(clock);
        var linked = new LinkedHashSet<Product>();
        quoteDrafts.stream()
                .map(NoteQuoteDraft::product)
                .filter(Objects::nonNull)
                .forEach(linked::add);
        var teams = drivers.teamChoices(null);
        var visibility = teams.isEmpty() ? Visibility.PRIVATE : Visibility.TEAM;
        if (!parsed.sections().isEmpty() && teams.isEmpty()) {
            messages.add("You are in no team: the drivers are private unless you choose another visibility");
        }
        var driverDrafts = parsed.sections().stream()
                .map(s -> new NoteDriverDraft(
                        clip(s.title(), DriverAnnotation.TITLE_MAX_LENGTH),
                        clip(s.body(), DriverAnnotation.BODY_MAX_LENGTH),
                        s.category(),
                        s.direction(),
                        Impact.MEDIUM,
                        List.copyOf(linked),
                        driverDate,
                        visibility,
                        teams,
                        source == null ? null : clip(source.getName(), DriverAnnotation.SOURCE_NAME_MAX_LENGTH),
                        true))
                .toList();
        return new NoteDrafts(parsed.date(), source, named, quoteDrafts, driverDrafts, List.copyOf(messages));
    }

    /** The draft again for another product, source or date (after the analyst picked one). Stores nothing. */
    @Transactional(readOnly = true)
    public NoteQuoteDraft redraft(
            NoteQuoteDraft draft, @Nullable Long productId, @Nullable Long sourceId, @Nullable LocalDate date) {
        var product = productId == null ? null : products.get(productId);
        var source = sourceId == null ? null : sources.get(sourceId);
        return new QuoteDrafter(quotes).draft(draft.mention(), product, source, date);
    }

    /**
     * Saves every included draft in one transaction: new quotes through {@link QuoteService#enter},
     * drafts of a stored day through {@link QuoteService#correct} (a draft equal to the stored
     * quote is counted as unchanged), driver drafts through {@link DriverService#create}.
     *
     * @throws NoteSaveException naming the first draft that could not be saved; nothing is saved then
     */
    @Transactional
    public NoteResult confirm(NoteConfirmation confirmation) {
        var saved = new ArrayList<QuoteRow>();
        var driverIds = new ArrayList<Long>();
        int unchanged = 0;
        int n = 0;
        for (var draft : confirmation.quotes()) {
            n++;
            if (!draft.include()) {
                continue;
            }
            var name = "Quote " + n + " (" + draft.label() + ")";
            try {
                var row = save(draft);
                if (row == null) {
                    unchanged++;
                } else {
                    saved.add(row);
                }
            } catch (ValidationException | NotFoundException | ConcurrentEditException | UserMessageException e) {
                throw new NoteSaveException(name, Objects.requireNonNullElse(e.getMessage(), "refused"), e);
            }
        }
        n = 0;
        for (var draft : confirmation.drivers()) {
            n++;
            if (!draft.include()) {
                continue;
            }
            try {
                driverIds.add(drivers.create(driverData(draft)).requireId());
            } catch (ValidationException | NotFoundException | ConcurrentEditException | UserMessageException e) {
                throw new NoteSaveException(
                        "Driver " + n + " (" + draft.title() + ")",
                        Objects.requireNonNullElse(e.getMessage(), "refused"),
                        e);
            }
        }
        audit.record(
                "Note",
                null,
                AuditAction.IMPORT,
                "Market note: " + saved.size() + " quotes saved ("
                        + String.join(", ", saved.stream().map(QuoteRow::key).toList()) + "), " + unchanged
                        + " unchanged, "
                        + driverIds.size() + " drivers " + driverIds);
        return new NoteResult(List.copyOf(saved), List.copyOf(driverIds), unchanged);
    }

    private @Nullable QuoteRow save(NoteQuoteDraft d) {
        if (d.product() == null) {
            throw new ValidationException(
                    "product", "pick a product for " + d.mention().name() + " or skip it");
        }
        if (d.source() == null || d.date() == null) {
            throw new ValidationException("source", "pick the source and the date");
        }
        if (d.low() == null || d.high() == null) {
            throw new ValidationException(
                    "low", "enter low and high in " + d.product().getPriceUnitLabel());
        }
        long productId = d.product().requireId();
        long sourceId = d.source().requireId();
        var existing = quotes.find(productId, sourceId, d.date());
        if (existing.isPresent()) {
            var e = existing.get();
            var mid = d.mid() != null ? d.mid() : QuotePrices.defaultMid(d.low(), d.high(), e.scale());
            if (e.low().compareTo(d.low()) == 0
                    && e.high().compareTo(d.high()) == 0
                    && e.mid().compareTo(mid) == 0) {
                return null;
            }
            long version = Objects.equals(d.existingId(), e.id()) ? d.existingVersion() : e.version();
            return quotes.correct(
                    e.id(),
                    version,
                    d.low(),
                    d.high(),
                    d.mid(),
                    e.comment(),
                    "From market note of " + d.date(),
                    d.confirmedUnusual());
        }
        return quotes.enter(new QuoteDraft(
                productId,
                sourceId,
                d.date(),
                d.low(),
                d.high(),
                d.mid(),
                "From market note of " + d.date(),
                d.confirmedUnusual(),
                d.confirmedUnusual()));
    }

    private static DriverData driverData(NoteDriverDraft d) {
        return new DriverData(
                d.title(),
                d.date(),
                null,
                new LinkedHashSet<>(d.products()),
                d.category(),
                d.direction(),
                d.impact(),
                Set.of(TAG),
                d.visibility(),
                d.visibility() == Visibility.TEAM ? new LinkedHashSet<>(d.teams()) : Set.of(),
                d.sourceName(),
                null,
                d.body());
    }

    private static <T> NameMatcher matcher(NameIndex<T> index, Function<T, String> code) {
        return text -> index.findAll(text).stream()
                .map(m -> new NameMatch(code.apply(m.item()), m.alias(), m.start(), m.end()))
                .toList();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
