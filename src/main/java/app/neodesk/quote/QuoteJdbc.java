package app.neodesk.quote;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL for what must be fast at millions of rows: the history pages (keyset on
 * {@code quote_date desc, id desc}), the streamed export, bulk inserts and the upkeep of
 * {@code prev_mid}. Runs inside the service's JPA transaction (same connection).
 */
@Repository
class QuoteJdbc {

    /** A quote row as stored, with product and source as ids. */
    record Stored(
            long id,
            long version,
            long productId,
            long sourceId,
            LocalDate date,
            BigDecimal low,
            BigDecimal high,
            BigDecimal mid,
            @Nullable BigDecimal prevMid,
            @Nullable String comment,
            String enteredBy,
            Instant enteredAt,
            int revisionCount,
            @Nullable LocalDate prevDate) {}

    /** A new quote for a bulk insert. */
    record NewQuote(
            long productId,
            long sourceId,
            LocalDate date,
            QuotePrices prices,
            @Nullable String comment) {}

    static final String COLUMNS = "q.id, q.version, q.product_id, q.source_id, q.quote_date, q.low, q.high, q.mid, "
            + "q.prev_mid, q.comment, q.entered_by, q.entered_at, q.revision_count, q.prev_date";
    static final int ID_BLOCK = 50;
    private static final int BATCH = 1000;

    private static final RowMapper<Stored> MAPPER = (rs, n) -> new Stored(
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getObject(5, LocalDate.class),
            rs.getBigDecimal(6),
            rs.getBigDecimal(7),
            rs.getBigDecimal(8),
            rs.getBigDecimal(9),
            rs.getString(10),
            rs.getString(11),
            rs.getObject(12, OffsetDateTime.class).toInstant(),
            rs.getInt(13),
            rs.getObject(14, LocalDate.class));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean postgres;

    QuoteJdbc(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database type", e);
        }
    }

    /** The SQL of a history page, exposed so the benchmark can time the raw fetch of the same rows. */
    static String historySql(
            QuoteFilter filter, @Nullable HistoryCursor after, long offset, int limit, MapSqlParameterSource params) {
        var sql = new StringBuilder("select ").append(COLUMNS).append(" from quote q where q.deleted_id = 0");
        where(filter, params, sql);
        if (after != null) {
            // The redundant "<=" lets both databases use the (date, id) index as a range.
            sql.append(" and q.quote_date <= :afterDate and (q.quote_date < :afterDate or q.id < :afterId)");
            params.addValue("afterDate", after.date()).addValue("afterId", after.id());
        }
        sql.append(" order by q.quote_date desc, q.id desc");
        if (offset > 0) {
            sql.append(" offset ").append(offset).append(" rows");
        }
        sql.append(" fetch first ").append(limit).append(" rows only");
        return sql.toString();
    }

    private static void where(QuoteFilter filter, MapSqlParameterSource params, StringBuilder sql) {
        if (filter.productIds().size() == 1) {
            sql.append(" and q.product_id = :product");
            params.addValue("product", filter.productIds().iterator().next());
        } else if (!filter.productIds().isEmpty()) {
            sql.append(" and q.product_id in (:products)");
            params.addValue("products", List.copyOf(filter.productIds()));
        }
        if (filter.sourceId() != null) {
            sql.append(" and q.source_id = :source");
            params.addValue("source", filter.sourceId());
        }
        if (filter.from() != null) {
            sql.append(" and q.quote_date >= :from");
            params.addValue("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and q.quote_date <= :to");
            params.addValue("to", filter.to());
        }
    }

    List<Stored> history(QuoteFilter filter, @Nullable HistoryCursor after, long offset, int limit) {
        var params = new MapSqlParameterSource();
        return named.query(historySql(filter, after, offset, limit, params), params, MAPPER);
    }

    /** Streams every live row of the filter, newest first, without holding them in memory. */
    void stream(QuoteFilter filter, Consumer<Stored> sink) {
        var params = new MapSqlParameterSource();
        var sql = new StringBuilder("select ").append(COLUMNS).append(" from quote q where q.deleted_id = 0");
        where(filter, params, sql);
        sql.append(" order by q.quote_date desc, q.id desc");
        named.query(sql.toString(), params, rs -> {
            sink.accept(MAPPER.mapRow(rs, 0));
        });
    }

    Optional<Stored> findLive(long id) {
        return jdbc
                .query("select " + COLUMNS + " from quote q where q.id = ? and q.deleted_id = 0", MAPPER, id)
                .stream()
                .findFirst();
    }

    /** The latest live quote of the series strictly before {@code date}. */
    Optional<Stored> previous(long productId, long sourceId, LocalDate date) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from quote q where q.product_id = ? and q.source_id = ?"
                                + " and q.deleted_id = 0 and q.quote_date < ? order by q.quote_date desc fetch first 1 rows only",
                        MAPPER,
                        productId,
                        sourceId,
                        date)
                .stream()
                .findFirst();
    }

    /** The date of the first live quote of the series strictly after {@code date}. */
    Optional<LocalDate> nextDate(long productId, long sourceId, LocalDate date) {
        return jdbc
                .query(
                        "select q.quote_date from quote q where q.product_id = ? and q.source_id = ?"
                                + " and q.deleted_id = 0 and q.quote_date > ? order by q.quote_date fetch first 1 rows only",
                        (rs, n) -> rs.getObject(1, LocalDate.class),
                        productId,
                        sourceId,
                        date)
                .stream()
                .findFirst();
    }

    private static final RowMapper<QuotePoint> POINT = (rs, n) -> new QuotePoint(
            rs.getObject(1, LocalDate.class),
            rs.getBigDecimal(2),
            rs.getBigDecimal(3),
            rs.getBigDecimal(4),
            rs.getBigDecimal(5),
            rs.getObject(6, LocalDate.class));

    /** Every live quote of a series, oldest first. */
    List<QuotePoint> series(long productId, long sourceId) {
        return jdbc.query(
                "select q.quote_date, q.low, q.high, q.mid, q.prev_mid, q.prev_date from quote q where q.product_id = ?"
                        + " and q.source_id = ? and q.deleted_id = 0 order by q.quote_date",
                POINT,
                productId,
                sourceId);
    }

    /** The last {@code count} live quotes of a series on or before {@code until}, oldest first. */
    List<QuotePoint> recent(long productId, long sourceId, LocalDate until, int count) {
        var newestFirst = jdbc.query(
                "select q.quote_date, q.low, q.high, q.mid, q.prev_mid, q.prev_date from quote q"
                        + " where q.product_id = ? and q.source_id = ? and q.deleted_id = 0 and q.quote_date <= ?"
                        + " order by q.quote_date desc fetch first " + count + " rows only",
                POINT,
                productId,
                sourceId,
                until);
        return newestFirst.reversed();
    }

    /** The source of the product's newest live quote on or before {@code until}, if any. */
    Optional<Long> latestSource(long productId, LocalDate until) {
        return jdbc
                .query(
                        "select q.source_id from quote q where q.product_id = ? and q.deleted_id = 0"
                                + " and q.quote_date <= ? order by q.quote_date desc, q.source_id fetch first 1 rows only",
                        (rs, i) -> rs.getLong(1),
                        productId,
                        until)
                .stream()
                .findFirst();
    }

    /** Up to {@code count} live quotes of a series after {@code date}, oldest first. */
    List<QuotePoint> after(long productId, long sourceId, LocalDate date, int count) {
        return jdbc.query(
                "select q.quote_date, q.low, q.high, q.mid, q.prev_mid, q.prev_date from quote q"
                        + " where q.product_id = ? and q.source_id = ? and q.deleted_id = 0 and q.quote_date > ?"
                        + " order by q.quote_date fetch first " + count + " rows only",
                POINT,
                productId,
                sourceId,
                date);
    }

    /**
     * Sets prev_mid and prev_date of every live quote of the series dated {@code from}..{@code to} to
     * the mid and date of the live quote before it. Call after any insert, correction or deletion,
     * with {@code to} at least the first live quote after the changed range.
     */
    int refreshPrevMid(long productId, long sourceId, LocalDate from, LocalDate to) {
        // One ordered pass over the range instead of a correlated subquery per row: linear on
        // H2 and PostgreSQL alike, and only rows whose prev_mid or prev_date really changes are written.
        var before = previous(productId, sourceId, from);
        BigDecimal[] prevMid = {before.map(Stored::mid).orElse(null)};
        LocalDate[] prevDate = {before.map(Stored::date).orElse(null)};
        var updates = new ArrayList<Object[]>();
        jdbc.query(
                "select q.id, q.mid, q.prev_mid, q.quote_date, q.prev_date from quote q where q.product_id = ?"
                        + " and q.source_id = ? and q.deleted_id = 0 and q.quote_date between ? and ?"
                        + " order by q.quote_date",
                rs -> {
                    var storedMid = rs.getBigDecimal(3);
                    var storedDate = rs.getObject(5, LocalDate.class);
                    var expectedMid = prevMid[0];
                    var expectedDate = prevDate[0];
                    boolean sameMid = storedMid == null
                            ? expectedMid == null
                            : expectedMid != null && storedMid.compareTo(expectedMid) == 0;
                    if (!sameMid || !Objects.equals(storedDate, expectedDate)) {
                        updates.add(new Object[] {expectedMid, expectedDate, rs.getLong(1)});
                    }
                    prevMid[0] = rs.getBigDecimal(2);
                    prevDate[0] = rs.getObject(4, LocalDate.class);
                },
                productId,
                sourceId,
                from,
                to);
        for (int i = 0; i < updates.size(); i += BATCH) {
            jdbc.batchUpdate(
                    "update quote set prev_mid = ?, prev_date = ? where id = ?",
                    updates.subList(i, Math.min(updates.size(), i + BATCH)),
                    new int[] {Types.NUMERIC, Types.DATE, Types.BIGINT});
        }
        return updates.size();
    }

    /**
     * Serialises writers of one product's series (their prev_mid depends on each other): locks the
     * product row until the transaction ends. H2 gives up after its lock timeout; PostgreSQL waits.
     */
    void lockProduct(long productId) {
        jdbc.query("select id from product where id = ? for update", rs -> {}, productId);
    }

    /**
     * Like {@link #lockProduct}, for a single interactive write (enter, correct, delete) that a user
     * waits for: PostgreSQL gives up after {@link #INTERACTIVE_LOCK_TIMEOUT} for the rest of this
     * transaction instead of waiting for a long import to commit (H2 has its own short timeout).
     */
    void lockProductForChange(long productId) {
        if (!postgres) {
            lockProduct(productId);
            return;
        }
        jdbc.execute("set local lock_timeout = '" + INTERACTIVE_LOCK_TIMEOUT.toMillis() + "ms'");
        try {
            lockProduct(productId);
        } catch (DataAccessException e) {
            // Spring leaves PostgreSQL's lock_not_available (55P03) uncategorized.
            if (e.getMostSpecificCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                throw new CannotAcquireLockException("Product " + productId + " is locked by another writer", e);
            }
            throw e;
        }
    }

    /** How long an interactive write waits on PostgreSQL for a product another writer holds. */
    static final Duration INTERACTIVE_LOCK_TIMEOUT = Duration.ofSeconds(3);

    /** Inserts quotes with JDBC batches; ids come from quote_seq in Hibernate's pooled blocks. */
    Inserter inserter(String enteredBy, Instant enteredAt) {
        return new Inserter(enteredBy, OffsetDateTime.ofInstant(enteredAt, ZoneOffset.UTC));
    }

    /** Inserts new quotes chunk by chunk within one transaction, all entered by the same person at the same time. */
    final class Inserter {
        private static final String SQL = "insert into quote (id, version, product_id, source_id, quote_date, low,"
                + " high, mid, prev_mid, comment, entered_by, entered_at, revision_count, deleted_id)"
                + " values (?,0,?,?,?,?,?,?,null,?,?,?,0,0)";
        private final IdBlocks ids = new IdBlocks();
        private final String enteredBy;
        private final OffsetDateTime at;

        private Inserter(String enteredBy, OffsetDateTime at) {
            this.enteredBy = enteredBy;
            this.at = at;
        }

        void insert(List<NewQuote> quotes) {
            for (int start = 0; start < quotes.size(); start += BATCH) {
                var chunk = quotes.subList(start, Math.min(quotes.size(), start + BATCH));
                var chunkIds = new ArrayList<Long>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    chunkIds.add(ids.next());
                }
                jdbc.batchUpdate(SQL, new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        var q = chunk.get(i);
                        ps.setLong(1, chunkIds.get(i));
                        ps.setLong(2, q.productId());
                        ps.setLong(3, q.sourceId());
                        ps.setObject(4, q.date());
                        ps.setBigDecimal(5, q.prices().low());
                        ps.setBigDecimal(6, q.prices().high());
                        ps.setBigDecimal(7, q.prices().mid());
                        if (q.comment() == null) {
                            ps.setNull(8, Types.VARCHAR);
                        } else {
                            ps.setString(8, q.comment());
                        }
                        ps.setString(9, enteredBy);
                        ps.setObject(10, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return chunk.size();
                    }
                });
            }
        }
    }

    /** Hands out ids as Hibernate's pooled optimizer does: sequence value H covers H-49..H. */
    private final class IdBlocks {
        private long next;
        private long last = -1;

        long next() {
            if (next > last) {
                long hi = nextSequenceValue();
                last = hi;
                next = Math.max(1, hi - ID_BLOCK + 1);
            }
            return next++;
        }
    }

    private long nextSequenceValue() {
        var sql = postgres ? "select nextval('quote_seq')" : "select next value for quote_seq";
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    /**
     * The prices of the live quotes of a series dated {@code from}..{@code to}, by date. A range,
     * not an IN list: H2 uses an IN list on the date for no index range next to the product and
     * source, and would read the whole series for each chunk of an import.
     */
    Map<LocalDate, QuotePrices> pricesBetween(long productId, long sourceId, LocalDate from, LocalDate to) {
        var result = new HashMap<LocalDate, QuotePrices>();
        jdbc.query(
                "select q.quote_date, q.low, q.high, q.mid from quote q where q.product_id = ? and q.source_id = ?"
                        + " and q.deleted_id = 0 and q.quote_date between ? and ?",
                rs -> {
                    result.put(
                            rs.getObject(1, LocalDate.class),
                            new QuotePrices(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                },
                productId,
                sourceId,
                from,
                to);
        return result;
    }

    // ------------------------------------------------------------- scale guard levels

    private static final RowMapper<ScaleGuard.Level> LEVEL =
            (rs, n) -> new ScaleGuard.Level(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));

    /** The newest live quote of the product (any source) dated {@code from}..{@code to}, except one id. */
    Optional<ScaleGuard.Level> latestMid(long productId, @Nullable LocalDate from, LocalDate to, long exceptId) {
        var args = new ArrayList<Object>(List.of(productId, exceptId, to));
        if (from != null) {
            args.add(from);
        }
        return jdbc
                .query(
                        "select q.quote_date, q.mid from quote q where q.product_id = ? and q.deleted_id = 0"
                                + " and q.id <> ? and q.quote_date <= ?"
                                + (from == null ? "" : " and q.quote_date >= ?")
                                + " order by q.quote_date desc fetch first 1 rows only",
                        LEVEL,
                        args.toArray())
                .stream()
                .findFirst();
    }

    /** The oldest live quote of the product (any source) dated after {@code date}, except one id. */
    Optional<ScaleGuard.Level> earliestMidAfter(long productId, LocalDate date, long exceptId) {
        return jdbc
                .query(
                        "select q.quote_date, q.mid from quote q where q.product_id = ? and q.deleted_id = 0"
                                + " and q.id <> ? and q.quote_date > ? order by q.quote_date fetch first 1 rows only",
                        LEVEL,
                        productId,
                        exceptId,
                        date)
                .stream()
                .findFirst();
    }

    /** Date and mid of every live quote of the product (any source) dated {@code from}..{@code to}, oldest first. */
    List<ScaleGuard.Level> mids(long productId, LocalDate from, LocalDate to) {
        return jdbc.query(
                "select q.quote_date, q.mid from quote q where q.product_id = ? and q.deleted_id = 0"
                        + " and q.quote_date between ? and ? order by q.quote_date",
                LEVEL,
                productId,
                from,
                to);
    }

    boolean isPostgres() {
        return postgres;
    }

    /**
     * Refreshes PostgreSQL's statistics of the quote table, from which it plans every read of
     * quotes; on H2, nothing. Runs in the caller's transaction: its own new rows count, and the
     * statistics commit or roll back with them.
     */
    void analyze() {
        if (postgres) {
            jdbc.execute("analyze quote");
        }
    }

    JdbcTemplate jdbcTemplate() {
        return jdbc;
    }
}
