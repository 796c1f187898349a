package app.neodesk.quote;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.AppOnDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The child process of {@link ImportCrashSafety}: starts the app on the database of its arguments,
 * creates the product, then imports the CSV file through {@link QuoteImportService} and prints each
 * progress step on stdout ({@code PROGRESS phase done total}), so the parent knows when to kill it.
 * After the import it prints {@code IMPORTED n} and waits to be killed.
 * <p>
 * Arguments: {@code h2 <url> <product> <csv>} or {@code postgres <url> <schema> <product> <csv>}.
 */
final class ImportCrashChild {

    private ImportCrashChild() {}

    public static void main(String[] args) throws Exception {
        boolean postgres = args[0].equals("postgres");
        String product = args[postgres ? 3 : 2];
        Path csv = Path.of(args[postgres ? 4 : 3]);
        var earliest = "neodesk.quotes.earliest-date=1700-01-01"; // the file goes back 100,000 days
        var context =
                postgres ? AppOnDatabase.postgres(args[1], args[2], earliest) : AppOnDatabase.h2(args[1], earliest);
        var products = context.getBean(ProductService.class);
        var imports = context.getBean(QuoteImportService.class);
        long productId =
                SystemAuthentication.call(() -> ImportTestData.product(products, product, Element.ND, PriceUnit.T)
                        .getId());
        say("READY " + productId);
        var report = SystemAuthentication.call(() -> {
            try {
                return imports.importRows(
                        ImportSource.csv(csv),
                        ImportOptions.STRICT,
                        csv.getFileName().toString(),
                        (phase, done, total) -> say("PROGRESS " + phase + " " + done + " " + total));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        say("IMPORTED " + report.imported() + " problems " + report.problemCount());
        new CountDownLatch(1).await(); // until killed
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
