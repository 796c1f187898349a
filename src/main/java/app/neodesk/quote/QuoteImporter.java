package app.neodesk.quote;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.CurrentUser;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.catalog.UnitHistory;
import app.neodesk.live.PriceUpdate;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * The import engine, streamed: the rows are read again for each step instead of being held, so
 * memory stays bounded whatever the file holds (per series a bit per day, per row a few bits, plus
 * one chunk of rows; every problem goes to a {@link ProblemSpool} file). Runs in the caller's
 * transaction ({@link QuoteImportService}); the steps:
 * <ol>
 *   <li>read and check every row (codes, rules, weekend dates, the same day twice in the file);</li>
 *   <li>lock the file's products, in id order, <em>before</em> reading any stored quote, so a
 *       concurrent import of the same products waits (or times out) instead of checking stale rows;</li>
 *   <li>compare with the stored quotes: identical rows are skipped, different ones conflict; check
 *       the rest against the product's stored level ({@link ScaleGuard}, levels held in memory);</li>
 *   <li>insert the new rows and link each series' prev_mid.</li>
 * </ol>
 * All or nothing: a problem in step 1 or 3 stores nothing (the report lists every one). With
 * {@link ImportOptions#validRowsOnly()} the rows with problems are skipped and the others stored.
 * A lock that cannot be had, or a row that appeared meanwhile, ends with
 * {@link SeriesBusyException} and the transaction rolls back. {@link #preview} runs steps 1 and 3
 * without the lock and writes nothing.
 */
@Component
class QuoteImporter {

    private static final Logger log = LoggerFactory.getLogger(QuoteImporter.class);
    private static final int CHUNK = 1000;
    /**
     * An import storing at least this many rows refreshes the database's statistics of the quote
     * table before it commits. PostgreSQL plans each read from them, and its autovacuum refreshes
     * them only some time after a large change, or never where it is switched off. Without them a
     * history page of 100 rows was read by scanning and sorting the whole table: 11–22 ms instead of
     * 0.2 ms with 18,707 quotes, and under load that was nearly all of PostgreSQL's CPU.
     */
    static final int ANALYZE_AFTER_ROWS = 1000;

    private static final int PROGRESS_STEP = 10_000;
    /** Dates of a chunk further apart than this are compared with the stored quotes in separate ranges. */
    private static final int RANGE_GAP = 31;

    private static final String COLUMN_DATE = "date";
    private static final ImportProblems IGNORE = new ImportProblems() {
        @Override
        public void problem(long line, String column, @Nullable String value, String message) {}

        @Override
        public void warning(long line, String column, @Nullable String value, String message) {}
    };

    private record SeriesKey(long productId, long sourceId) {}

    /** A checked row: its series, prices as stored (mid defaulted or fixed) and comment. */
    private record Candidate(
            SeriesKey key,
            Product product,
            QuotePrices prices,
            @Nullable String comment) {}

    /** What step 1 keeps per series: a bit per day since the earliest date, and the date range. */
    private static final class SeriesDays {
        final BitSet days = new BitSet();
        LocalDate min = LocalDate.MAX;
        LocalDate max = LocalDate.MIN;

        void include(LocalDate date) {
            min = date.isBefore(min) ? date : min;
            max = date.isAfter(max) ? date : max;
        }
    }

    private record Twin(SeriesKey key, LocalDate date) {}

    /** A row that repeats a day an earlier row of the file has. */
    private record Repeat(Twin twin, long line, int row, String column) {}

    /** A preview row while the steps run. */
    private static final class PreviewRow {
        final ImportRow row;

        @Nullable
        Candidate candidate;

        final List<String> messages = new ArrayList<>();

        PreviewRow(ImportRow row) {
            this.row = row;
        }
    }

    private final QuoteJdbc jdbc;
    private final ProductService products;
    private final SourceService sources;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuoteSettings settings;
    private final ScaleGuard guard;
    private final QuoteMetrics metrics;

    QuoteImporter(
            QuoteJdbc jdbc,
            ProductService products,
            SourceService sources,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock,
            QuoteSettings settings,
            ScaleGuard guard,
            QuoteMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.products = products;
        this.sources = sources;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.guard = guard;
    }

    ImportReport run(ImportSource source, ImportOptions options, String origin, ImportProgress progress)
            throws IOException {
        var run = new Run(source, options, progress, 0);
        long started = System.nanoTime();
        var outcome = QuoteMetrics.ImportOutcome.FAILED;
        try {
            var read = run.check();
            boolean fails;
            try {
                run.lock();
                run.compare();
                fails = !options.validRowsOnly() && run.spool.problemCount() > 0;
                if (!fails) {
                    run.insert();
                }
            } catch (PessimisticLockingFailureException | QueryTimeoutException | DuplicateKeyException e) {
                log.info("Import of {} met a concurrent writer of the same products: {}", origin, e.toString());
                throw new SeriesBusyException(SeriesBusyException.IMPORT, e);
            }
            if (!fails) {
                run.link();
                if (run.inserted >= ANALYZE_AFTER_ROWS) {
                    jdbc.analyze();
                }
                audit.record(QuoteService.ENTITY, null, AuditAction.IMPORT, run.auditText(origin, read));
            }
            run.spool.finish();
            progress.update("Done", run.inserted, run.inserted);
            outcome = fails ? QuoteMetrics.ImportOutcome.REFUSED : QuoteMetrics.ImportOutcome.STORED;
            metrics.written(QuoteMetrics.Write.IMPORT, fails ? 0 : run.inserted);
            return new ImportReport(
                    read.rows(),
                    run.inserted,
                    run.identical.cardinality(),
                    run.skipped(read),
                    run.storedCount(run.fixed),
                    run.storedCount(run.confirmed),
                    run.spool);
        } catch (IOException | RuntimeException e) {
            run.spool.delete();
            throw e;
        } finally {
            metrics.imported(outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    ImportPreview preview(ImportSource source, ImportOptions options, int limit) throws IOException {
        var run = new Run(source, options, ImportProgress.NONE, Math.max(0, limit));
        try {
            var read = run.check();
            run.compare();
            run.spool.finish();
            var rows = new ArrayList<ImportPreview.Row>();
            for (int i = 0; i < run.preview.size(); i++) {
                rows.add(run.previewRow(i));
            }
            var skipped = run.skipped(read);
            int withWarnings = 0;
            for (int i = run.warned.nextSetBit(0); i >= 0; i = run.warned.nextSetBit(i + 1)) {
                if (!run.excluded.get(i) && !run.identical.get(i)) {
                    withWarnings++;
                }
            }
            int valid = run.emitted - run.excluded.cardinality() - run.identical.cardinality();
            var totals = new ImportPreview.Totals(
                    read.rows(),
                    valid,
                    skipped.total(),
                    run.identical.cardinality(),
                    withWarnings,
                    run.spool.problemCount(),
                    run.spool.warningCount(),
                    skipped);
            return new ImportPreview(
                    rows, totals, run.spool.problems(0, ImportReport.FIRST), run.spool.warnings(0, ImportReport.FIRST));
        } finally {
            run.spool.delete();
        }
    }

    /** The state of one import between its steps. Rows are numbered in the order the source gives them. */
    private final class Run implements ImportProblems {
        final ImportSource source;
        final ImportOptions options;
        final ImportProgress progress;
        final int previewLimit;
        final ProblemSpool spool = new ProblemSpool();
        final Map<String, Product> productsByCode;
        final Map<Long, Product> productsById;
        final Map<String, Source> sourcesByCode;
        final UnitHistory units;
        final LocalDate earliest = settings.earliestDate();
        final LocalDate today = LocalDate.now(clock);
        final Map<SeriesKey, SeriesDays> series = new LinkedHashMap<>();
        final List<Repeat> repeated = new ArrayList<>();
        /** Rows with a problem: never stored. */
        final BitSet excluded = new BitSet();
        /** Rows identical to a stored quote: skipped. */
        final BitSet identical = new BitSet();

        final BitSet warned = new BitSet();
        final BitSet fixed = new BitSet();
        final BitSet confirmed = new BitSet();
        final Set<String> confirmedRatios = new LinkedHashSet<>();
        final List<PreviewRow> preview = new ArrayList<>();
        final Map<SeriesKey, SeriesDays> stored = new LinkedHashMap<>();
        int emitted;
        /** Lines the source itself refused (or part of: a wide line may give some quotes and refuse others). */
        final BitSet refusedLines = new BitSet();

        int invalid;
        int duplicates;
        int conflicts;
        int scaleStops;
        int inserted;

        Run(ImportSource source, ImportOptions options, ImportProgress progress, int previewLimit) {
            this.source = source;
            this.options = options;
            this.progress = progress;
            this.previewLimit = previewLimit;
            var all = products.findAll();
            productsByCode = all.stream().collect(Collectors.toMap(Product::getCode, Function.identity()));
            productsById = all.stream().collect(Collectors.toMap(Product::getId, Function.identity()));
            sourcesByCode = sources.findAll().stream().collect(Collectors.toMap(Source::getCode, Function.identity()));
            units = guard.units();
        }

        // ------------------------------------------------ problems of the source itself (step 1)

        @Override
        public void problem(long line, String column, @Nullable String value, String message) {
            spool.add(false, new ImportProblem(line, column, value, message));
            if (line >= 0 && line <= Integer.MAX_VALUE) {
                refusedLines.set((int) line);
            }
        }

        @Override
        public void warning(long line, String column, @Nullable String value, String message) {
            spool.add(true, new ImportProblem(line, column, value, message));
        }

        // ------------------------------------------------ problems of a row

        void rowProblem(int index, ImportRow row, String field, @Nullable String value, String message) {
            spool.add(false, new ImportProblem(row.line(), source.column(row, field), value, message));
            excluded.set(index);
            if (index < preview.size()) {
                preview.get(index).messages.add(message);
            }
        }

        void rowWarning(int index, ImportRow row, String field, @Nullable String value, String message) {
            spool.add(true, new ImportProblem(row.line(), source.column(row, field), value, message));
            warned.set(index);
            if (index < preview.size()) {
                preview.get(index).messages.add(message);
            }
        }

        /**
         * The row's series and prices as stored if its codes and values are good. With
         * {@code report} (step 1 only) its problems and warnings are reported and counted.
         */
        @Nullable
        Candidate candidate(ImportRow row, int index, boolean report) {
            var product = productsByCode.get(row.productCode());
            var src = sourcesByCode.get(row.sourceCode());
            if (report && product == null) {
                rowProblem(
                        index, row, "product", row.productCode(), "Unknown product code '" + row.productCode() + "'");
            }
            if (report && src == null) {
                rowProblem(index, row, "source", row.sourceCode(), "Unknown source code '" + row.sourceCode() + "'");
            }
            if (product == null || src == null) {
                return null;
            }
            int scale = product.getPriceScale();
            var low = row.low();
            var high = row.high();
            var mid = row.mid();
            var comment = row.comment() == null || row.comment().isBlank()
                    ? null
                    : row.comment().strip();
            boolean commentTooLong = comment != null && comment.length() > Quote.COMMENT_MAX_LENGTH;
            if (options.fixMidOutsideRange() && mid != null && outside(low, high, mid, scale)) {
                var fixedMid = QuotePrices.defaultMid(low, high, scale);
                var note = "mid " + text(mid, scale) + " was outside low–high; stored (low+high)/2";
                if (!commentTooLong) {
                    comment = withNote(comment, note);
                }
                if (report) {
                    fixed.set(index);
                    rowWarning(
                            index,
                            row,
                            "mid",
                            text(mid, scale),
                            "mid " + text(mid, scale) + " was outside low "
                                    + text(low, scale) + "–high " + text(high, scale) + "; stored (low+high)/2 = "
                                    + text(fixedMid, scale));
                }
                mid = fixedMid;
            }
            var prices = QuotePrices.of(low, high, mid, scale);
            var rules =
                    QuoteRules.validate(row.date(), earliest, today, prices.low(), prices.high(), prices.mid(), scale);
            if (report) {
                for (var p : rules) {
                    reportRule(index, row, p, prices, scale);
                }
                if (commentTooLong) {
                    rowProblem(index, row, "comment", null, "At most " + Quote.COMMENT_MAX_LENGTH + " characters");
                }
            }
            if (!rules.isEmpty() || commentTooLong) {
                return null;
            }
            return new Candidate(new SeriesKey(product.requireId(), src.requireId()), product, prices, comment);
        }

        private void reportRule(int index, ImportRow row, QuoteRules.Problem p, QuotePrices prices, int scale) {
            var column = QuoteRules.FIELD_DATE.equals(p.field()) ? COLUMN_DATE : p.field();
            switch (p.field()) {
                case QuoteRules.FIELD_DATE -> rowProblem(index, row, column, String.valueOf(row.date()), p.message());
                case QuoteRules.FIELD_LOW -> rowProblem(index, row, column, text(prices.low(), scale), p.message());
                case QuoteRules.FIELD_HIGH ->
                    rowProblem(
                            index,
                            row,
                            column,
                            text(prices.high(), scale),
                            p.message().equals(QuoteRules.highProblem(prices.low(), prices.high()))
                                    ? "high " + text(prices.high(), scale) + " is below low "
                                            + text(prices.low(), scale)
                                    : p.message());
                default ->
                    rowProblem(
                            index,
                            row,
                            column,
                            text(prices.mid(), scale),
                            p.message().equals(QuoteRules.midProblem(prices.low(), prices.high(), prices.mid()))
                                    ? "mid " + text(prices.mid(), scale) + " is not between low "
                                            + text(prices.low(), scale) + " and high " + text(prices.high(), scale)
                                    : p.message());
            }
        }

        /** Step 1: every row's own problems and the days each series gets, remembering days seen twice. */
        ImportSource.ReadResult check() throws IOException {
            progress.update("Checking", 0, 0);
            var read = source.read(this, row -> {
                int index = emitted++;
                if (emitted % PROGRESS_STEP == 0) {
                    progress.update("Checking", emitted, 0);
                }
                PreviewRow shown = null;
                if (index < previewLimit) {
                    shown = new PreviewRow(row);
                    preview.add(shown);
                }
                var day = row.date().getDayOfWeek();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    rowWarning(
                            index,
                            row,
                            COLUMN_DATE,
                            row.date().toString(),
                            row.date() + " is a " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                }
                var candidate = candidate(row, index, true);
                if (candidate == null) {
                    invalid++;
                    return;
                }
                if (shown != null) {
                    shown.candidate = candidate;
                }
                var days = series.computeIfAbsent(candidate.key(), k -> new SeriesDays());
                int dayIndex = dayIndex(row.date());
                if (days.days.get(dayIndex)) {
                    repeated.add(new Repeat(
                            new Twin(candidate.key(), row.date()), row.line(), index, source.column(row, COLUMN_DATE)));
                    excluded.set(index);
                    return;
                }
                days.days.set(dayIndex);
                days.include(row.date());
            });
            if (!repeated.isEmpty()) {
                nameFirstLines();
            }
            return read;
        }

        private int dayIndex(LocalDate date) {
            return Math.toIntExact(date.toEpochDay() - earliest.toEpochDay());
        }

        /** Reports each repeated day with the line that had it first (found by reading the rows again). */
        private void nameFirstLines() throws IOException {
            var later = new HashMap<Twin, Repeat>();
            for (var r : repeated) {
                later.putIfAbsent(r.twin(), r);
            }
            var first = new HashMap<Twin, Long>();
            int[] index = {0};
            source.read(IGNORE, row -> {
                int i = index[0]++;
                if (excluded.get(i)) {
                    return; // its own problems, or a repeat itself
                }
                var candidate = candidate(row, i, false);
                if (candidate == null) {
                    return;
                }
                var twin = new Twin(candidate.key(), row.date());
                var repeat = later.get(twin);
                if (repeat != null && first.putIfAbsent(twin, row.line()) == null && options.validRowsOnly()) {
                    rowProblem(
                            i,
                            row,
                            COLUMN_DATE,
                            row.date().toString(),
                            "Line " + repeat.line()
                                    + " has a quote for the same product, source and date; neither was imported");
                    duplicates++;
                }
            });
            for (var r : repeated) {
                spool.add(
                        false,
                        new ImportProblem(
                                r.line(),
                                r.column(),
                                r.twin().date().toString(),
                                "Line "
                                        + first.get(r.twin()) + " has a quote for the same product, source and date"
                                        + (options.validRowsOnly() ? "; neither was imported" : "")));
                if (r.row() < preview.size()) {
                    preview.get(r.row())
                            .messages
                            .add("Line " + first.get(r.twin()) + " has a quote for the same product, source and date");
                }
                duplicates++;
            }
        }

        /** Step 2: the file's products, locked in id order so that two imports never wait for each other in a circle. */
        void lock() {
            progress.update("Waiting for other imports of the same products", 0, 0);
            series.keySet().stream()
                    .map(SeriesKey::productId)
                    .distinct()
                    .sorted()
                    .forEach(jdbc::lockProduct);
        }

        /** Step 3: compares each chunk of rows with the stored quotes of the same days, then with the stored level. */
        void compare() throws IOException {
            var levels = levels();
            var chunk = new ArrayList<ImportRow>(CHUNK);
            var chunkIndexes = new ArrayList<Integer>(CHUNK);
            int[] index = {0};
            int[] done = {0};
            int total = emitted - excluded.cardinality();
            source.read(IGNORE, row -> {
                int i = index[0]++;
                if (excluded.get(i)) {
                    return; // reported in step 1
                }
                chunk.add(row);
                chunkIndexes.add(i);
                if (chunk.size() == CHUNK) {
                    compareChunk(chunk, chunkIndexes, levels);
                    done[0] += chunk.size();
                    chunk.clear();
                    chunkIndexes.clear();
                    progress.update("Comparing with stored quotes", done[0], total);
                }
            });
            compareChunk(chunk, chunkIndexes, levels);
        }

        /** Each product's stored levels over the file's dates, loaded once. */
        private Map<Long, ScaleGuard.Levels> levels() {
            var ranges = new TreeMap<Long, SeriesDays>();
            series.forEach((key, days) -> {
                var range = ranges.computeIfAbsent(key.productId(), k -> new SeriesDays());
                range.include(days.min);
                range.include(days.max);
            });
            var levels = new HashMap<Long, ScaleGuard.Levels>();
            ranges.forEach((productId, range) -> levels.put(productId, guard.levels(productId, range.min, range.max)));
            return levels;
        }

        private void compareChunk(List<ImportRow> rows, List<Integer> indexes, Map<Long, ScaleGuard.Levels> levels) {
            var byKey = new LinkedHashMap<SeriesKey, List<LocalDate>>();
            var candidates = new ArrayList<Candidate>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                var candidate = checked(rows.get(i), indexes.get(i));
                candidates.add(candidate);
                byKey.computeIfAbsent(candidate.key(), k -> new ArrayList<>())
                        .add(rows.get(i).date());
            }
            var storedPrices = new HashMap<SeriesKey, Map<LocalDate, QuotePrices>>();
            byKey.forEach((key, dates) -> storedPrices.put(key, storedOn(key, dates)));
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                int index = indexes.get(i);
                var candidate = candidates.get(i);
                int scale = candidate.product().getPriceScale();
                // every candidate's series was read above (byKey)
                var existing = Objects.requireNonNull(storedPrices.get(candidate.key()))
                        .get(row.date());
                if (existing != null) {
                    if (existing.sameAs(candidate.prices())) {
                        identical.set(index);
                    } else {
                        rowProblem(
                                index,
                                row,
                                "",
                                describe(candidate.prices(), scale),
                                "Conflicts with the stored quote " + describe(existing, scale)
                                        + "; correct that quote instead");
                        conflicts++;
                    }
                    continue;
                }
                // levels() loads every product of the file
                var level = Objects.requireNonNull(levels.get(candidate.key().productId()))
                        .at(row.date());
                var finding = level.flatMap(l -> guard.judge(
                        candidate.product(), row.date(), candidate.prices().mid(), l, units));
                if (finding.isEmpty()) {
                    continue;
                }
                var f = finding.get();
                if (options.scaleConfirmed()) {
                    rowWarning(index, row, "mid", text(f.value(), scale), f.message() + " (confirmed)");
                    confirmed.set(index);
                    if (confirmedRatios.size() < 10) {
                        confirmedRatios.add(f.ratioText());
                    }
                } else {
                    rowProblem(index, row, "mid", text(f.value(), scale), f.message());
                    scaleStops++;
                }
            }
        }

        /**
         * The stored prices of a series on the given dates: one range query per run of dates less
         * than {@value #RANGE_GAP} days apart (a file is usually in date order, so a chunk is one
         * or two ranges), each read through the (product, source, date) key.
         */
        private Map<LocalDate, QuotePrices> storedOn(SeriesKey key, List<LocalDate> dates) {
            var sorted = dates.stream().sorted().toList();
            var result = new HashMap<LocalDate, QuotePrices>();
            int start = 0;
            for (int i = 1; i <= sorted.size(); i++) {
                if (i == sorted.size()
                        || sorted.get(i).toEpochDay() - sorted.get(i - 1).toEpochDay() > RANGE_GAP) {
                    result.putAll(
                            jdbc.pricesBetween(key.productId(), key.sourceId(), sorted.get(start), sorted.get(i - 1)));
                    start = i;
                }
            }
            return result;
        }

        /** A row that passed step 1 (the source gives the same rows each time). */
        private Candidate checked(ImportRow row, int index) {
            var candidate = candidate(row, index, false);
            if (candidate == null) {
                throw new IllegalStateException("The import file changed while it was imported");
            }
            return candidate;
        }

        /** Step 4: inserts every row without a problem that is not identical to a stored quote, a chunk at a time. */
        void insert() throws IOException {
            var inserter = jdbc.inserter(CurrentUser.actor(), clock.instant());
            int total = emitted - excluded.cardinality() - identical.cardinality();
            var chunk = new ArrayList<QuoteJdbc.NewQuote>(CHUNK);
            int[] index = {0};
            source.read(IGNORE, row -> {
                int i = index[0]++;
                if (excluded.get(i) || identical.get(i)) {
                    return;
                }
                var candidate = checked(row, i);
                chunk.add(new QuoteJdbc.NewQuote(
                        candidate.key().productId(),
                        candidate.key().sourceId(),
                        row.date(),
                        candidate.prices(),
                        candidate.comment()));
                stored.computeIfAbsent(candidate.key(), k -> new SeriesDays()).include(row.date());
                if (chunk.size() == CHUNK) {
                    inserter.insert(chunk);
                    inserted += chunk.size();
                    chunk.clear();
                    progress.update("Storing", inserted, total);
                }
            });
            inserter.insert(chunk);
            inserted += chunk.size();
        }

        /** Step 5: prev_mid of every quote in (and right after) each stored series range; tells open views. */
        void link() {
            progress.update("Linking changes", 0, stored.size());
            var ordered = new TreeMap<SeriesKey, SeriesDays>(
                    Comparator.comparingLong(SeriesKey::productId).thenComparingLong(SeriesKey::sourceId));
            ordered.putAll(stored);
            ordered.forEach((key, days) -> {
                var next =
                        jdbc.nextDate(key.productId(), key.sourceId(), days.max).orElse(days.max);
                jdbc.refreshPrevMid(key.productId(), key.sourceId(), days.min, next);
                events.publishEvent(new PriceUpdate(key.productId(), key.sourceId(), days.max));
            });
        }

        /** Rows not stored because of a problem, by reason. */
        ImportReport.Skipped skipped(ImportSource.ReadResult read) {
            // a strict line gives at most one row; a wide line gives one per product, so count refused lines too
            int unreadable = Math.max(read.rows() - emitted, refusedLines.cardinality());
            return new ImportReport.Skipped(Math.max(0, unreadable), invalid, duplicates, conflicts, scaleStops);
        }

        /** How many rows of a set were (or would be) stored. */
        int storedCount(BitSet rows) {
            var copy = (BitSet) rows.clone();
            copy.andNot(excluded);
            copy.andNot(identical);
            return copy.cardinality();
        }

        String auditText(String origin, ImportSource.ReadResult read) {
            var text = new StringBuilder("Imported ")
                    .append(inserted)
                    .append(" quotes from ")
                    .append(origin)
                    .append(" (")
                    .append(identical.cardinality())
                    .append(" identical rows skipped, ")
                    .append(read.rows())
                    .append(" rows read");
            var skipped = skipped(read);
            if (skipped.total() > 0) {
                text.append("; valid rows only: ")
                        .append(skipped.total())
                        .append(" rows with problems skipped (")
                        .append(skipped.unreadable())
                        .append(" unreadable, ")
                        .append(skipped.invalid())
                        .append(" invalid, ")
                        .append(skipped.duplicates())
                        .append(" repeated in the file, ")
                        .append(skipped.conflicts())
                        .append(" conflicting with stored quotes, ")
                        .append(skipped.scale())
                        .append(" stopped by the scale guard)");
            }
            int fixedMids = storedCount(fixed);
            if (fixedMids > 0) {
                text.append("; ").append(fixedMids).append(" mids outside low–high stored as (low+high)/2");
            }
            int confirmedRows = storedCount(confirmed);
            if (confirmedRows > 0) {
                text.append("; ")
                        .append(confirmedRows)
                        .append(" rows confirmed past the scale guard (")
                        .append(String.join(", ", confirmedRatios))
                        .append(" the stored level)");
            }
            return text.append(')').toString();
        }

        ImportPreview.Row previewRow(int index) {
            var p = preview.get(index);
            var row = p.row;
            var c = p.candidate;
            var product = productsByCode.get(row.productCode());
            int scale = product == null ? 4 : product.getPriceScale();
            var prices = c != null
                    ? c.prices()
                    : new QuotePrices(
                            row.low(),
                            row.high(),
                            row.mid() != null ? row.mid() : QuotePrices.defaultMid(row.low(), row.high(), scale));
            var status = excluded.get(index)
                    ? ImportPreview.Status.PROBLEM
                    : identical.get(index)
                            ? ImportPreview.Status.IDENTICAL
                            : warned.get(index) ? ImportPreview.Status.WARNING : ImportPreview.Status.OK;
            return new ImportPreview.Row(
                    row.line(),
                    row.productCode(),
                    row.sourceCode(),
                    row.date(),
                    prices.low(),
                    prices.high(),
                    prices.mid(),
                    product == null ? "" : product.getPriceUnitLabel(),
                    c != null ? c.comment() : row.comment(),
                    status,
                    p.messages);
        }
    }

    /** Whether a mid lies outside low–high of otherwise good prices (what {@code fixMidOutsideRange} fixes). */
    private static boolean outside(BigDecimal low, BigDecimal high, BigDecimal mid, int scale) {
        return QuoteRules.priceProblem(low, "low", scale) == null
                && QuoteRules.priceProblem(high, "high", scale) == null
                && high.compareTo(low) >= 0
                && (mid.compareTo(low) < 0 || mid.compareTo(high) > 0);
    }

    /** The comment with the import's note after it, the comment shortened if both do not fit. */
    static String withNote(@Nullable String comment, String note) {
        if (comment == null) {
            return note;
        }
        var joined = comment + "; " + note;
        if (joined.length() <= Quote.COMMENT_MAX_LENGTH) {
            return joined;
        }
        return comment.substring(0, Quote.COMMENT_MAX_LENGTH - note.length() - 3) + "…; " + note;
    }

    /** A price with thousands separators, at the product's scale or the value's own if it has more decimals. */
    static String text(BigDecimal value, int scale) {
        return PriceFormat.price(
                value, Math.max(scale, value.stripTrailingZeros().scale()));
    }

    /** "1,080,000–1,090,000 (mid 1,085,000)" */
    static String describe(QuotePrices p, int scale) {
        return text(p.low(), scale) + "–" + text(p.high(), scale) + " (mid " + text(p.mid(), scale) + ")";
    }
}
