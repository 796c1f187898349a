package app.neodesk.quote;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.CurrentUser;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.live.PriceUpdate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The all-or-nothing import, streamed: the rows are read again for each step instead of being
 * held, so memory stays bounded whatever the file holds (per series only a bit per day, plus one
 * chunk of rows). Runs in the caller's transaction ({@link QuoteService}); the steps:
 * <ol>
 *   <li>read and check every row (codes, rules, the same day twice in the file);</li>
 *   <li>lock the file's products, in id order, <em>before</em> reading any stored quote, so a
 *       concurrent import of the same products waits (or times out) instead of checking stale rows;</li>
 *   <li>compare with the stored quotes: identical rows are skipped, different ones conflict;</li>
 *   <li>insert the new rows and link each series' prev_mid.</li>
 * </ol>
 * A problem in step 1 or 3 stores nothing (the report lists both kinds); a lock that cannot be had, or a row that appeared
 * meanwhile, ends with {@link SeriesBusyException} and the transaction rolls back.
 */
@Component
class QuoteImporter {

    /** The rows of an import, readable more than once and in the same order each time. */
    @FunctionalInterface
    interface RowSource {
        QuoteCsv.ReadResult read(QuoteCsv.Problems problems, Consumer<QuoteCsv.Row> sink) throws IOException;

        static RowSource of(List<QuoteCsv.Row> rows) {
            return (problems, sink) -> {
                rows.forEach(sink);
                return new QuoteCsv.ReadResult(rows.size(), true);
            };
        }

        static RowSource of(Path file) {
            return (problems, sink) -> {
                try (var in = Files.newInputStream(file)) {
                    return QuoteCsv.read(in, problems, sink);
                }
            };
        }
    }

    private static final Logger log = LoggerFactory.getLogger(QuoteImporter.class);
    private static final int CHUNK = 1000;
    private static final int PROGRESS_STEP = 10_000;

    private record SeriesKey(long productId, long sourceId) {
    }

    /** A checked row: its series, product and prices (mid defaulted). */
    private record Candidate(SeriesKey key, QuotePrices prices, @Nullable String comment) {
    }

    /** What step 1 keeps per series: a bit per day since the earliest date, and the date range. */
    private static final class SeriesDays {
        final BitSet days = new BitSet();
        LocalDate min = LocalDate.MAX;
        LocalDate max = LocalDate.MIN;
    }

    private record Twin(SeriesKey key, LocalDate date) {
    }

    private final QuoteJdbc jdbc;
    private final ProductService products;
    private final SourceService sources;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuoteSettings settings;

    QuoteImporter(QuoteJdbc jdbc, ProductService products, SourceService sources, AuditService audit,
                  ApplicationEventPublisher events, Clock clock, QuoteSettings settings) {
        this.jdbc = jdbc;
        this.products = products;
        this.sources = sources;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    ImportReport run(RowSource source, String origin, ImportProgress progress) throws IOException {
        var run = new Run(progress);
        var read = run.check(source);
        try {
            run.lock();
            run.compare(source);
            if (run.problems.count > 0) {
                return failed(read.dataLines(), run.problems);
            }
            run.insert(source);
        } catch (PessimisticLockingFailureException | QueryTimeoutException | DuplicateKeyException e) {
            log.info("Import of {} met a concurrent writer of the same products: {}", origin, e.toString());
            throw new SeriesBusyException(SeriesBusyException.IMPORT, e);
        }
        run.link();
        audit.record(QuoteService.ENTITY, null, AuditAction.IMPORT, "Imported " + run.inserted + " quotes from "
                + origin + " (" + run.skipped + " identical rows skipped, " + read.dataLines() + " rows read)");
        progress.update("Done", run.inserted, run.inserted);
        return new ImportReport(read.dataLines(), run.inserted, run.skipped, List.of(), 0);
    }

    private static ImportReport failed(int dataLines, QuoteCsv.Problems problems) {
        var sorted = new ArrayList<>(problems.list);
        sorted.sort(Comparator.comparingLong(ImportProblem::line));
        return new ImportReport(dataLines, 0, 0, sorted, problems.count);
    }

    /** The state of one import between its steps. */
    private final class Run {
        final ImportProgress progress;
        final QuoteCsv.Problems problems = new QuoteCsv.Problems();
        final Map<String, Product> productsByCode;
        final Map<Long, Integer> scaleById;
        final Map<String, Source> sourcesByCode;
        final LocalDate earliest = settings.earliestDate();
        final LocalDate today = LocalDate.now(clock);
        final Map<SeriesKey, SeriesDays> series = new LinkedHashMap<>();
        /** Days a later line repeats, with that line (the first {@link QuoteCsv#MAX_PROBLEMS}). */
        final List<Map.Entry<Twin, Long>> repeated = new ArrayList<>();
        /** Valid rows, counted in file order, that are identical to a stored quote. */
        final BitSet identical = new BitSet();
        int inserted;
        int skipped;

        Run(ImportProgress progress) {
            this.progress = progress;
            var all = products.findAll();
            productsByCode = all.stream().collect(Collectors.toMap(Product::getCode, Function.identity()));
            scaleById = all.stream().collect(Collectors.toMap(Product::getId, Product::getPriceScale));
            sourcesByCode = sources.findAll().stream().collect(Collectors.toMap(Source::getCode, Function.identity()));
        }

        /** The row's series and prices if its codes and values are good; its problems go to {@code into}. */
        @Nullable Candidate candidate(QuoteCsv.Row row, QuoteCsv.@Nullable Problems into) {
            var product = productsByCode.get(row.product());
            var src = sourcesByCode.get(row.source());
            if (into != null && product == null) {
                into.add(row.line(), "product", "Unknown product code '" + row.product() + "'");
            }
            if (into != null && src == null) {
                into.add(row.line(), "source", "Unknown source code '" + row.source() + "'");
            }
            if (product == null || src == null) {
                return null;
            }
            int scale = product.getPriceScale();
            var prices = QuotePrices.of(row.low(), row.high(), row.mid(), scale);
            var rowProblems = QuoteRules.validate(row.date(), earliest, today, prices.low(), prices.high(),
                    prices.mid(), scale);
            var comment = row.comment() == null || row.comment().isBlank() ? null : row.comment().strip();
            if (into != null) {
                rowProblems.forEach(p -> into.add(row.line(), column(p.field()), p.message()));
                if (comment != null && comment.length() > Quote.COMMENT_MAX_LENGTH) {
                    into.add(row.line(), "comment", "At most " + Quote.COMMENT_MAX_LENGTH + " characters");
                }
            }
            if (!rowProblems.isEmpty() || comment != null && comment.length() > Quote.COMMENT_MAX_LENGTH) {
                return null;
            }
            return new Candidate(new SeriesKey(product.getId(), src.getId()), prices, comment);
        }

        private int dayIndex(LocalDate date) {
            return Math.toIntExact(date.toEpochDay() - earliest.toEpochDay());
        }

        /** Step 1: every row's own problems and the days each series gets, remembering days seen twice. */
        QuoteCsv.ReadResult check(RowSource source) throws IOException {
            progress.update("Checking", 0, 0);
            int[] seen = {0};
            var read = source.read(problems, row -> {
                if (++seen[0] % PROGRESS_STEP == 0) {
                    progress.update("Checking", seen[0], 0);
                }
                var candidate = candidate(row, problems);
                if (candidate == null) {
                    return;
                }
                var days = series.computeIfAbsent(candidate.key(), k -> new SeriesDays());
                int day = dayIndex(row.date());
                if (days.days.get(day)) {
                    if (repeated.size() < QuoteCsv.MAX_PROBLEMS) {
                        repeated.add(Map.entry(new Twin(candidate.key(), row.date()), row.line()));
                    } else {
                        problems.add(row.line(), "date", "Another line has a quote for the same product, source and date");
                    }
                    return;
                }
                days.days.set(day);
                days.min = row.date().isBefore(days.min) ? row.date() : days.min;
                days.max = row.date().isAfter(days.max) ? row.date() : days.max;
            });
            if (!repeated.isEmpty()) {
                nameFirstLines(source);
            }
            return read;
        }

        /** Reports each repeated day with the line that had it first (found by reading the rows again). */
        private void nameFirstLines(RowSource source) throws IOException {
            var wanted = repeated.stream().map(Map.Entry::getKey).collect(Collectors.toSet());
            var first = new HashMap<Twin, Long>();
            source.read(new QuoteCsv.Problems(), row -> {
                var candidate = candidate(row, null);
                if (candidate != null) {
                    var twin = new Twin(candidate.key(), row.date());
                    if (wanted.contains(twin)) {
                        first.putIfAbsent(twin, row.line());
                    }
                }
            });
            for (var r : repeated) {
                problems.add(r.getValue(), "date", "Line " + first.get(r.getKey())
                        + " has a quote for the same product, source and date");
            }
        }

        /** Step 2: the file's products, locked in id order so that two imports never wait for each other in a circle. */
        void lock() {
            progress.update("Waiting for other imports of the same products", 0, 0);
            series.keySet().stream().map(SeriesKey::productId).distinct().sorted().forEach(jdbc::lockProduct);
        }

        /** Step 3: compares each chunk of rows with the stored quotes of the same days. */
        void compare(RowSource source) throws IOException {
            var chunk = new ArrayList<QuoteCsv.Row>(CHUNK);
            int[] ordinal = {0};
            int[] done = {0};
            int total = series.values().stream().mapToInt(d -> d.days.cardinality()).sum();
            source.read(new QuoteCsv.Problems(), row -> {
                if (candidate(row, null) == null) {
                    return; // reported in step 1; the file fails, but its other rows are still compared
                }
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    ordinal[0] = compareChunk(chunk, ordinal[0]);
                    done[0] += chunk.size();
                    chunk.clear();
                    progress.update("Comparing with stored quotes", done[0], total);
                }
            });
            compareChunk(chunk, ordinal[0]);
            skipped = identical.cardinality();
        }

        private int compareChunk(List<QuoteCsv.Row> rows, int firstOrdinal) {
            var byKey = new LinkedHashMap<SeriesKey, List<LocalDate>>();
            var candidates = new ArrayList<Candidate>(rows.size());
            for (var row : rows) {
                var candidate = checked(row);
                candidates.add(candidate);
                byKey.computeIfAbsent(candidate.key(), k -> new ArrayList<>()).add(row.date());
            }
            var stored = new HashMap<SeriesKey, Map<LocalDate, QuotePrices>>();
            byKey.forEach((key, dates) -> stored.put(key, jdbc.pricesOn(key.productId(), key.sourceId(), dates)));
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                var candidate = candidates.get(i);
                var existing = stored.get(candidate.key()).get(row.date());
                if (existing == null) {
                    continue;
                }
                if (existing.sameAs(candidate.prices())) {
                    identical.set(firstOrdinal + i);
                } else {
                    problems.add(row.line(), "", "Conflicts with the stored quote "
                            + QuoteService.describe(existing, scaleById.get(candidate.key().productId()))
                            + "; correct that quote instead");
                }
            }
            return firstOrdinal + rows.size();
        }

        /** A row of a file whose rows all passed step 1. */
        private Candidate checked(QuoteCsv.Row row) {
            var candidate = candidate(row, null);
            if (candidate == null) {
                throw new IllegalStateException("The import file changed while it was imported");
            }
            return candidate;
        }

        /** Step 4: inserts every row that is not identical to a stored quote, a chunk at a time. */
        void insert(RowSource source) throws IOException {
            var inserter = jdbc.inserter(CurrentUser.actor(), clock.instant());
            int total = series.values().stream().mapToInt(d -> d.days.cardinality()).sum() - skipped;
            var chunk = new ArrayList<QuoteJdbc.NewQuote>(CHUNK);
            int[] ordinal = {0};
            source.read(new QuoteCsv.Problems(), row -> {
                if (identical.get(ordinal[0]++)) {
                    return;
                }
                var candidate = checked(row);
                chunk.add(new QuoteJdbc.NewQuote(candidate.key().productId(), candidate.key().sourceId(), row.date(),
                        candidate.prices(), candidate.comment()));
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

        /** Step 5: prev_mid of every quote in (and right after) each series' imported range; tells open views. */
        void link() {
            progress.update("Linking changes", 0, series.size());
            var ordered = new TreeMap<SeriesKey, SeriesDays>(Comparator.comparingLong(SeriesKey::productId)
                    .thenComparingLong(SeriesKey::sourceId));
            ordered.putAll(series);
            ordered.forEach((key, days) -> {
                var next = jdbc.nextDate(key.productId(), key.sourceId(), days.max).orElse(days.max);
                jdbc.refreshPrevMid(key.productId(), key.sourceId(), days.min, next);
                events.publishEvent(new PriceUpdate(key.productId(), key.sourceId(), days.max));
            });
        }
    }

    private static String column(String field) {
        return QuoteRules.FIELD_DATE.equals(field) ? "date" : field;
    }
}
