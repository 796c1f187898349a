package app.neodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditService;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo catalog knows its English and Chinese names, seeded once. */
@NeodeskSpringTest
class DemoAliasesTest {

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    AuditService audit;

    @Test
    void everyDemoNameResolvesToItsProductOrSource() {
        SystemAuthentication.run(() -> {
            DemoAliases.PRODUCTS.forEach((code, names) -> {
                var id = products.findByCode(code).orElseThrow().getId();
                assertThat(products.aliases(id)).as(code).containsExactlyElementsOf(names);
                names.forEach(name -> assertThat(products.resolve(name))
                        .as(name)
                        .map(Product::getCode)
                        .contains(code));
            });
            DemoAliases.SOURCES.forEach((code, names) -> names.forEach(name -> assertThat(sources.resolve(name))
                    .as(name)
                    .map(Source::getCode)
                    .contains(code)));
            assertThat(products.resolve("金属钕")).map(Product::getCode).contains("nd-metal-cn");
            assertThat(products.resolve("Pr-Nd oxide")).map(Product::getCode).contains("prnd-oxide-cn");
            assertThat(products.resolve("didymium oxide")).map(Product::getCode).contains("prnd-oxide-cn");
            assertThat(sources.resolve("Shanghai Metals Market"))
                    .map(Source::getCode)
                    .contains("smm");
        });
    }

    @Test
    void seedingAgainChangesNothing() {
        SystemAuthentication.run(() -> {
            var nd = products.findByCode("nd-oxide-cn").orElseThrow().getId();
            var yangtze = sources.findByCode("yangtze").orElseThrow().getId();
            int productEvents = audit.historyOf("Product", nd).size();
            int sourceEvents = audit.historyOf("Source", yangtze).size();
            var before = products.aliases(nd);

            DemoAliases.seedIfNone(products, sources);

            assertThat(products.aliases(nd)).isEqualTo(before);
            assertThat(audit.historyOf("Product", nd)).hasSize(productEvents);
            assertThat(audit.historyOf("Source", yangtze)).hasSize(sourceEvents);
        });
    }
}
