package app.neodesk;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.quote.QuotePoint;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.TestProducts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What a user of the app sees of a database, read through the app's own services: the number of
 * products, the number of live quotes and a digest of their full CSV export, and one whole price
 * series (every date with its prices and previous mid). A restored copy must show the same.
 */
record BackupView(int products, long quotes, String exportSha256, List<QuotePoint> series) {

    static final String SERIES_PRODUCT = "backup-series";
    private static final LocalDate SERIES_END = LocalDate.of(2026, 2, 6);

    /** The view of the app in {@code context}, read as an analyst signed in to that app. */
    static BackupView of(ApplicationContext context) throws Exception {
        // each app context has its own security strategy (Vaadin installs one per context): sign in to this one
        var strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var previous = SecurityContextHolder.getContextHolderStrategy();
        var signedIn = strategy.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "analyst", null, List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));
        var before = strategy.getContext();
        strategy.setContext(signedIn);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        try {
            return read(context);
        } finally {
            strategy.setContext(before);
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }

    private static BackupView read(ApplicationContext context) throws IOException {
        var quotes = context.getBean(QuoteService.class);
        var products = context.getBean(ProductService.class);
        var product = products.findByCode(SERIES_PRODUCT).orElseThrow();
        var source = context.getBean(SourceService.class).findByCode("inhouse").orElseThrow();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long count;
        try (var out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            count = quotes.exportCsv(QuoteFilter.all(), out);
        }
        return new BackupView(
                products.findAll().size(),
                count,
                HexFormat.of().formatHex(sha.digest()),
                quotes.points(product.getId(), source.getId(), LocalDate.of(1990, 1, 1), SERIES_END));
    }

    /** A product of its own with {@code days} weekdays of in-house quotes up to 2026-02-06, stored as the system admin. */
    static void storeSeries(ApplicationContext context, int days) {
        SystemAuthentication.run(() -> store(context, days));
    }

    private static void store(ApplicationContext context, int days) {
        var products = context.getBean(ProductService.class);
        products.create(TestProducts.chinaSpot(SERIES_PRODUCT, Element.ND, MaterialForm.OXIDE, PriceUnit.T));
        var rows = new ArrayList<ImportRow>();
        var day = SERIES_END;
        for (int i = 0; rows.size() < days; i++, day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            long mid = 600_000 + Math.round(80_000 * Math.sin(i / 90.0)) / 500 * 500;
            rows.add(new ImportRow(
                    rows.size() + 1,
                    day,
                    SERIES_PRODUCT,
                    "inhouse",
                    BigDecimal.valueOf(mid - 4000),
                    BigDecimal.valueOf(mid + 4000),
                    null,
                    i % 50 == 0 ? "备份序列 第" + i + "天" : null));
        }
        var report =
                context.getBean(QuoteImportService.class).importRows(rows, "backup test series", ImportProgress.NONE);
        if (report.imported() != days) {
            throw new IllegalStateException(
                    "The backup test series was not stored: " + report.problemCount() + " problems");
        }
    }
}
