package app.neodesk.quote;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.Xlsx;
import app.neodesk.catalog.CatalogLookup;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.catalog.UnitHistory;
import app.neodesk.live.PriceUpdate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes: everybody signed in reads them; analysts and admins enter and correct them; only admins
 * delete them. Imports of many quotes at once are {@link QuoteImportService}'s. Every change is audited in the same transaction, corrections keep
 * their revisions, and deletion is soft.
 */
@Service
public class QuoteService {

    static final String ENTITY = "Quote";

    private final QuoteRepository repository;
    private final QuoteRevisionRepository revisions;
    private final QuoteJdbc jdbc;
    private final ProductService products;
    private final SourceService sources;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final QuoteMetrics metrics;
    private final SeriesCache seriesCache;
    private final ScaleGuard guard;
    private final QuoteSettings settings;

    QuoteService(
            QuoteRepository repository,
            QuoteRevisionRepository revisions,
            QuoteJdbc jdbc,
            ProductService products,
            SourceService sources,
            AuditService audit,
            Clock clock,
            ApplicationEventPublisher events,
            QuoteSettings settings,
            ScaleGuard guard,
            QuoteMetrics metrics,
            SeriesCache seriesCache) {
        this.metrics = metrics;
        this.seriesCache = seriesCache;
        this.events = events;
        this.guard = guard;
        this.settings = settings;
        this.repository = repository;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.products = products;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reads

    // Reads of one SQL statement (get, previous, history, historyAfter) join the caller's transaction
    // but open none of their own (Propagation.SUPPORTS): the statement is consistent by itself and the
    // catalog comes from the cache (ProductService.catalog(), which loads it in a transaction when
    // needed). A transaction of their own costs a session and a COMMIT round trip per page, about as
    // much as the page's query itself (docs/BENCHMARKS.md, issue 13).

    /** Largest number of quotes {@link #recent} and {@link #following} return. */
    public static final int MAX_RECENT = 1000;

    /** The live quotes of a series from {@code from} to {@code to}, oldest first, each with its previous mid. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuotePoint> points(long productId, long sourceId, LocalDate from, LocalDate to) {
        return SeriesCache.slice(cachedSeries(productId, sourceId), from, to);
    }

    /**
     * The whole live series, oldest first, each quote with its previous mid. While the series is
     * unchanged, every read outside a writing transaction gets the same list instance from this node's
     * cache, so a caller may keep what it derives from the list for as long as it gets the same list.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuotePoint> series(long productId, long sourceId) {
        return cachedSeries(productId, sourceId);
    }

    /** The whole series, from this node's {@link SeriesCache} where the transaction allows it. */
    private List<QuotePoint> cachedSeries(long productId, long sourceId) {
        return seriesCache.series(new SeriesCache.Key(productId, sourceId), () -> jdbc.series(productId, sourceId));
    }

    /** The last {@code count} live quotes of a series up to today, oldest first (at most {@link #MAX_RECENT}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuotePoint> recent(long productId, long sourceId, int count) {
        return jdbc.recent(productId, sourceId, today(), Math.clamp(count, 0, MAX_RECENT));
    }

    /** The source of the product's newest live quote up to today, from any source. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> latestSourceId(long productId) {
        return jdbc.latestSource(productId, today());
    }

    /**
     * The last live quote on or before {@code date} followed by up to {@code count} later ones,
     * oldest first; empty when there is no quote on or before the date.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuotePoint> following(long productId, long sourceId, LocalDate date, int count) {
        var base = jdbc.recent(productId, sourceId, date, 1);
        if (base.isEmpty()) {
            return List.of();
        }
        var all = new ArrayList<QuotePoint>(base);
        all.addAll(jdbc.after(productId, sourceId, base.getFirst().date(), Math.clamp(count, 0, MAX_RECENT)));
        return all;
    }

    /** When a change names its previous quote's date ({@code neodesk.quotes.previous-gap-days}). */
    @PreAuthorize("isAuthenticated()")
    public PreviousGap previousGap() {
        return settings.previousGap();
    }

    /** The earliest quote date the desk accepts (entry, correction and import). */
    @PreAuthorize("isAuthenticated()")
    public LocalDate earliestDate() {
        return settings.earliestDate();
    }

    /** A live quote. @throws NotFoundException if it does not exist or was deleted */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one statement: see above
    public QuoteRow get(long id) {
        var catalog = catalog();
        return jdbc.findLive(id).map(catalog::row).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** The live quote of a product and source on a date, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<QuoteRow> find(long productId, long sourceId, LocalDate date) {
        return repository
                .findLive(productId, sourceId, date)
                .flatMap(q -> jdbc.findLive(q.requireId()))
                .map(catalog()::row);
    }

    /** The latest live quote of the product and source before {@code date}: what a new quote's change is against. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one statement: see above
    public Optional<QuoteRow> previous(long productId, long sourceId, LocalDate date) {
        return jdbc.previous(productId, sourceId, date).map(catalog()::row);
    }

    /**
     * What the scale guard would say of {@code mid} for the product on {@code date} (e.g. "1,410,000
     * is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?"), before anything is saved:
     * for drafts the analyst still reviews. Entry, correction and import check again when saving.
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> scaleWarning(long productId, LocalDate date, BigDecimal mid) {
        return guard.check(products.get(productId), date, mid, null).map(ScaleGuard.Finding::message);
    }

    /**
     * A page of the history, newest first, by offset (for callers without a cursor). No count
     * query. Prefer {@link #historyAfter} for scrolling: it stays fast at any depth.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one statement: see above
    public Slice<QuoteRow> history(QuoteFilter filter, Pageable pageable) {
        var catalog = catalog();
        var rows = jdbc.history(filter, null, pageable.getOffset(), pageable.getPageSize() + 1);
        boolean more = rows.size() > pageable.getPageSize();
        var content =
                rows.stream().limit(pageable.getPageSize()).map(catalog::row).toList();
        return new SliceImpl<>(content, pageable, more);
    }

    /** Up to {@code limit} history rows right after {@code after} (or from the newest), newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one statement: see above
    public List<QuoteRow> historyAfter(QuoteFilter filter, @Nullable HistoryCursor after, int limit) {
        var catalog = catalog();
        return jdbc.history(filter, after, 0, limit).stream().map(catalog::row).toList();
    }

    /**
     * Writes every live quote of the filter as CSV (UTF-8 with BOM), streaming from the database.
     *
     * @return the number of rows written
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long exportCsv(QuoteFilter filter, OutputStream out) throws IOException {
        var catalog = catalog();
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        HistoryCsv.writeHeader(writer);
        long[] count = {0};
        try {
            jdbc.stream(filter, stored -> {
                try {
                    HistoryCsv.writeRow(writer, catalog.row(stored));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        return count[0];
    }

    /**
     * Writes every live quote of the filter as an Excel workbook (see {@link HistoryXlsx}), streaming
     * from the database with only a window of rows in memory, and an "About" sheet naming the
     * filter, the sources, the export time and the user. The same rows as {@link #exportCsv}.
     *
     * @return the number of rows written
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long exportXlsx(QuoteFilter filter, OutputStream out) throws IOException {
        var catalog = catalog();
        var chosen = filter.productIds().isEmpty()
                ? catalog.products().values()
                : filter.productIds().stream()
                        .map(catalog.products()::get)
                        .filter(Objects::nonNull)
                        .toList();
        var units = new LinkedHashSet<QuoteUnit>();
        chosen.forEach(p -> units.addAll(catalog.units().unitsBetween(p, filter.from(), filter.to())));
        var layout = new HistoryXlsx(units);
        var seen = new TreeSet<String>();
        try (var book = new Xlsx(HistoryXlsx.SHEET, layout.columns())) {
            jdbc.stream(filter, stored -> {
                var row = catalog.row(stored);
                seen.add(row.source().getLabel());
                book.row(layout.cells(row));
            });
            var source = filter.sourceId() == null ? null : catalog.sources().get(filter.sourceId());
            var filters = "Products: "
                    + (filter.productIds().isEmpty()
                            ? "all"
                            : chosen.stream().map(Product::getCode).sorted().collect(Collectors.joining(", ")))
                    + "; source: " + (source == null ? "all" : source.getCode())
                    + "; from: " + (filter.from() == null ? "first quote" : filter.from())
                    + "; to: " + (filter.to() == null ? "last quote" : filter.to());
            book.write(Xlsx.about(filters, String.join(", ", seen), clock, book.rows()), out);
            return book.rows();
        }
    }

    /** The corrections of a quote, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuoteRevision> revisions(long quoteId) {
        return revisions.findByQuoteIdOrderByRevisionNoDesc(quoteId);
    }

    // ----------------------------------------------------------------- writes

    /**
     * Stores a new quote.
     *
     * @throws ValidationException      for a bad date or prices (field = the form field)
     * @throws DuplicateQuoteException  if a live quote for the product, source and date exists
     * @throws LargeMoveException       if the mid moves more than 10% and the draft is not confirmed
     * @throws ScaleGuardException      if the mid is far from the product's stored level and the draft
     *                                  is not {@linkplain QuoteDraft#scaleConfirmed() confirmed}
     * @throws SeriesBusyException      if an import of the product holds its quotes too long
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public QuoteRow enter(QuoteDraft draft) {
        Product product = products.get(draft.productId());
        Source source = sources.get(draft.sourceId());
        var prices =
                checkedPrices(draft.date(), today(), draft.low(), draft.high(), draft.mid(), product.getPriceScale());
        var comment = comment(draft.comment());
        lock(product.requireId());
        var key = product.getCode() + "/" + source.getCode() + "/" + draft.date();
        var existing = repository.findLive(draft.productId(), draft.sourceId(), draft.date());
        if (existing.isPresent()) {
            throw new DuplicateQuoteException(key, existing.get().requireId());
        }
        var scaleFinding = guard.check(product, draft.date(), prices.mid(), null);
        if (scaleFinding.isPresent() && !draft.scaleConfirmed()) {
            throw new ScaleGuardException(scaleFinding.get());
        }
        var change = jdbc.previous(draft.productId(), draft.sourceId(), draft.date())
                .map(p -> PriceChange.of(prices.mid(), p.mid()))
                .orElse(PriceChange.NONE);
        if (change.exceeds(QuoteRules.LARGE_MOVE_PERCENT) && !draft.largeMoveConfirmed()) {
            throw new LargeMoveException(change);
        }
        Quote saved;
        try {
            saved = repository.saveAndFlush(
                    new Quote(product, source, draft.date(), prices, comment, actor(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException(QuoteRules.FIELD_DATE, "A quote for " + key + " exists already");
        }
        var next =
                jdbc.nextDate(draft.productId(), draft.sourceId(), draft.date()).orElse(draft.date());
        jdbc.refreshPrevMid(draft.productId(), draft.sourceId(), draft.date(), next);
        long id = saved.requireId();
        audit.record(
                ENTITY,
                id,
                AuditAction.CREATE,
                key + ": " + describe(prices, product.getPriceScale())
                        + (change.isPresent()
                                ? ", change " + PriceFormat.changeAmount(change, product.getPriceScale()) + " / "
                                        + PriceFormat.changePercent(change)
                                : "")
                        + (change.exceeds(QuoteRules.LARGE_MOVE_PERCENT) ? " (large move confirmed)" : "")
                        + scaleFinding.map(QuoteService::overridden).orElse("")
                        + (comment == null ? "" : ", comment: " + comment));
        events.publishEvent(new PriceUpdate(draft.productId(), draft.sourceId(), draft.date()));
        metrics.written(QuoteMetrics.Write.ENTRY, 1);
        return get(id);
    }

    /** Largest number of drafts {@link #enterAll} takes at once. */
    public static final int MAX_BATCH = 1000;

    /**
     * Enters quotes all or nothing, idempotently on product + source + date: a draft equal to the
     * stored quote (low, high, mid and comment) is no change, a draft with other values is refused
     * with {@link QuoteConflictException}; any refusal stores none of the drafts. Each new quote goes
     * through the rules of {@link #enter} (validation, scale guard, large move, audit).
     *
     * @throws ValidationException    for an empty or too large batch or a bad draft (field prefixed
     *                                with the draft's index, e.g. {@code [3].mid}, in a batch of more than one)
     * @throws QuoteConflictException if a draft differs from the stored quote
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public List<EnteredQuote> enterAll(List<QuoteDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new ValidationException("", "Send at least one quote");
        }
        if (drafts.size() > MAX_BATCH) {
            throw new ValidationException("", "At most " + MAX_BATCH + " quotes at once, not " + drafts.size());
        }
        var seen = new HashSet<String>();
        var result = new ArrayList<EnteredQuote>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            var draft = drafts.get(i);
            try {
                var product = products.get(draft.productId());
                if (!seen.add(draft.productId() + "/" + draft.sourceId() + "/" + draft.date())) {
                    throw new ValidationException(
                            QuoteRules.FIELD_DATE, "The same product, source and date" + " appear twice in this batch");
                }
                var stored = find(draft.productId(), draft.sourceId(), draft.date());
                if (stored.isPresent()) {
                    var row = stored.get();
                    if (draft.low() != null
                            && draft.high() != null
                            && QuotePrices.of(draft.low(), draft.high(), draft.mid(), product.getPriceScale())
                                    .sameAs(row.prices())
                            && Objects.equals(comment(draft.comment()), row.comment())) {
                        result.add(new EnteredQuote(row, false));
                        continue;
                    }
                    throw new QuoteConflictException(row);
                }
                result.add(new EnteredQuote(enter(draft), true));
            } catch (ValidationException e) {
                if (drafts.size() == 1) {
                    throw e;
                }
                throw new ValidationException(
                        "[" + i + "]" + (e.getField().isEmpty() ? "" : "." + e.getField()),
                        "Quote " + (i + 1) + ": " + e.getMessage());
            }
        }
        return result;
    }

    /**
     * Corrects a quote's prices (and comment), keeping the previous values as a revision.
     *
     * @param expectedVersion the version the user saw
     * @param mid             {@code null} for (low + high) / 2
     * @throws ConcurrentEditException if the quote changed since the user loaded it
     * @throws ValidationException     for missing or bad prices, a missing reason or no change at all
     * @throws SeriesBusyException     if an import of the product holds its quotes too long
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public QuoteRow correct(
            long id,
            long expectedVersion,
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            @Nullable BigDecimal mid,
            @Nullable String comment,
            String reason) {
        return correct(id, expectedVersion, low, high, mid, comment, reason, false);
    }

    /**
     * Like {@link #correct(long, long, BigDecimal, BigDecimal, BigDecimal, String, String)}; new
     * prices far from the product's stored level (other quotes than this one) are refused with
     * {@link ScaleGuardException} unless {@code scaleConfirmed}, and the override is audited.
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public QuoteRow correct(
            long id,
            long expectedVersion,
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            @Nullable BigDecimal mid,
            @Nullable String comment,
            String reason,
            boolean scaleConfirmed) {
        var quote = loadForChange(id, expectedVersion);
        int scale = quote.getProduct().getPriceScale();
        // The date is not corrected, so it is only checked against the earliest date.
        var prices = checkedPrices(quote.getQuoteDate(), quote.getQuoteDate(), low, high, mid, scale);
        var why = reason(reason, "correction");
        var newComment = comment(comment);
        var before = quote.getPrices();
        var oldComment = quote.getComment();
        if (before.sameAs(prices) && Objects.equals(oldComment, newComment)) {
            throw new ValidationException(QuoteRules.FIELD_LOW, "Nothing to correct: the values are unchanged");
        }
        lock(quote.getProduct().requireId());
        var scaleFinding = before.sameAs(prices)
                ? Optional.<ScaleGuard.Finding>empty()
                : guard.check(quote.getProduct(), quote.getQuoteDate(), prices.mid(), id);
        if (scaleFinding.isPresent() && !scaleConfirmed) {
            throw new ScaleGuardException(scaleFinding.get());
        }
        quote.correct(prices, newComment);
        var revision = new QuoteRevision(
                id, quote.getRevisionCount(), before, oldComment, prices, newComment, why, actor(), clock.instant());
        flush(quote);
        revisions.save(revision);
        refreshNext(quote);
        audit.record(
                ENTITY,
                id,
                AuditAction.CORRECT,
                quote.getKey() + ": " + describe(before, scale) + " → "
                        + describe(prices, scale)
                        + (Objects.equals(oldComment, newComment)
                                ? ""
                                : ", comment '" + (oldComment == null ? "" : oldComment) + "' → '"
                                        + (newComment == null ? "" : newComment) + "'")
                        + scaleFinding.map(QuoteService::overridden).orElse("")
                        + "; reason: " + why);
        announce(quote);
        metrics.written(QuoteMetrics.Write.CORRECTION, 1);
        return get(id);
    }

    /**
     * Deletes a quote softly: it leaves the history but stays in the database and the audit trail.
     *
     * @throws ConcurrentEditException if the quote changed since the user loaded it
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id, long expectedVersion, String reason) {
        var quote = loadForChange(id, expectedVersion);
        var why = reason(reason, "deletion");
        lock(quote.getProduct().requireId());
        quote.markDeleted(actor(), clock.instant(), why);
        flush(quote);
        refreshNext(quote);
        audit.record(
                ENTITY,
                id,
                AuditAction.DELETE,
                quote.getKey() + ": "
                        + describe(quote.getPrices(), quote.getProduct().getPriceScale()) + "; reason: " + why);
        announce(quote);
        metrics.written(QuoteMetrics.Write.DELETION, 1);
    }

    /** Tells open views about a committed change of this quote's series (delivered after commit). */
    private void announce(Quote quote) {
        events.publishEvent(new PriceUpdate(
                quote.getProduct().requireId(), quote.getSource().requireId(), quote.getQuoteDate()));
    }

    // ---------------------------------------------------------------- helpers

    private Quote loadForChange(long id, long expectedVersion) {
        var quote =
                repository.findById(id).filter(q -> !q.isDeleted()).orElseThrow(() -> new NotFoundException(ENTITY));
        quote.requireVersion(expectedVersion, "Quote " + quote.getKey());
        return quote;
    }

    private void flush(Quote quote) {
        try {
            repository.saveAndFlush(quote);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Quote " + quote.getKey(), e);
        }
    }

    private void refreshNext(Quote quote) {
        long productId = quote.getProduct().requireId();
        long sourceId = quote.getSource().requireId();
        jdbc.nextDate(productId, sourceId, quote.getQuoteDate())
                .ifPresent(next -> jdbc.refreshPrevMid(productId, sourceId, next, next));
    }

    /**
     * The prices, mid defaulted, once date and prices meet every rule.
     *
     * @throws ValidationException with the first problem, in form order (date, low, high, mid)
     */
    private QuotePrices checkedPrices(
            @Nullable LocalDate date,
            LocalDate today,
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            @Nullable BigDecimal mid,
            int scale) {
        // Without low or high there is no default mid; their own problems come first anyway.
        var effectiveMid = mid != null || low == null || high == null ? mid : QuotePrices.defaultMid(low, high, scale);
        var problems = QuoteRules.validate(date, settings.earliestDate(), today, low, high, effectiveMid, scale);
        if (!problems.isEmpty()) {
            var first = problems.getFirst();
            throw new ValidationException(first.field(), first.message());
        }
        return new QuotePrices(
                Objects.requireNonNull(low), Objects.requireNonNull(high), Objects.requireNonNull(effectiveMid));
    }

    /** Locks the product's series for this transaction; a lock that cannot be had is a clear "try again". */
    private void lock(long productId) {
        try {
            jdbc.lockProductForChange(productId);
        } catch (PessimisticLockingFailureException | QueryTimeoutException e) {
            throw new SeriesBusyException(SeriesBusyException.CHANGE, e);
        }
    }

    private static String reason(@Nullable String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Enter a reason for the " + what);
        }
        var r = reason.strip();
        if (r.length() > Quote.REASON_MAX_LENGTH) {
            throw new ValidationException("reason", "At most " + Quote.REASON_MAX_LENGTH + " characters");
        }
        return r;
    }

    private static @Nullable String comment(@Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        var c = comment.strip();
        if (c.length() > Quote.COMMENT_MAX_LENGTH) {
            throw new ValidationException("comment", "At most " + Quote.COMMENT_MAX_LENGTH + " characters");
        }
        return c;
    }

    /** " (scale guard overridden: ~1,000× the recent level of 1,455 CNY/kg)" for the audit entry. */
    private static String overridden(ScaleGuard.Finding f) {
        var message = f.message();
        int of = message.indexOf(" is ~");
        int end = message.lastIndexOf(": is the unit right?");
        return " (scale guard overridden: " + (of >= 0 && end > of ? message.substring(of + 4, end) : f.ratioText())
                + ")";
    }

    static String describe(QuotePrices p, int scale) {
        return PriceFormat.price(p.low(), scale) + "–" + PriceFormat.price(p.high(), scale) + " mid "
                + PriceFormat.price(p.mid(), scale);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String actor() {
        return CurrentUser.actor();
    }

    private Catalog catalog() {
        return new Catalog(products.lookup());
    }

    /**
     * Turns stored rows into {@link QuoteRow}s with the cached catalog ({@link ProductService#lookup()}):
     * no catalog query per call, and one reload when a row names a product or source newer than the cache.
     */
    private static final class Catalog {

        private final CatalogLookup lookup;

        Catalog(CatalogLookup lookup) {
            this.lookup = lookup;
        }

        Map<Long, Product> products() {
            return lookup.snapshot().products();
        }

        Map<Long, Source> sources() {
            return lookup.snapshot().sources();
        }

        UnitHistory units() {
            return lookup.snapshot().units();
        }

        QuoteRow row(QuoteJdbc.Stored s) {
            var snapshot = lookup.holding(s.productId(), s.sourceId());
            var product = snapshot.product(s.productId());
            var source = snapshot.source(s.sourceId());
            if (product == null || source == null) {
                throw new NotFoundException(ENTITY);
            }
            return new QuoteRow(
                    s.id(),
                    s.version(),
                    product,
                    source,
                    s.date(),
                    s.low(),
                    s.high(),
                    s.mid(),
                    s.prevMid(),
                    s.comment(),
                    s.enteredBy(),
                    s.enteredAt(),
                    s.revisionCount(),
                    s.prevDate(),
                    snapshot.units().unitAt(product, s.date()));
        }
    }
}
