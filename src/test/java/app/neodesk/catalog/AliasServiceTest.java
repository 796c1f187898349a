package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ValidationException;
import app.neodesk.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Product and source aliases: who may read and write them, how they are cleaned, and clashes. */
@NeodeskSpringTest
class AliasServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    AuditService audit;

    @Autowired
    DataSource dataSource;

    @Test
    @WithMockUser(roles = "VIEWER")
    void everySignedInUserResolvesDemoNamesInEnglishAndChinese() {
        assertThat(products.resolve("氧化镨钕")).map(Product::getCode).contains("prnd-oxide-cn");
        assertThat(products.resolve("Pr-Nd oxide")).map(Product::getCode).contains("prnd-oxide-cn");
        assertThat(products.resolve("PRND OXIDE")).map(Product::getCode).contains("prnd-oxide-cn");
        assertThat(products.resolve("nd-metal-cn")).map(Product::getCode).contains("nd-metal-cn");
        assertThat(products.resolve("NdMetal CN")).map(Product::getCode).contains("nd-metal-cn");
        assertThat(products.resolve("Tb4O7")).map(Product::getCode).contains("tb-oxide-cn");
        assertThat(products.resolve("金属镨钕")).isEmpty();
        assertThat(products.resolve(" ")).isEmpty();
        assertThat(sources.resolve("长江有色金属网")).map(Source::getCode).contains("yangtze");
        assertThat(sources.resolve("100PPI.com")).map(Source::getCode).contains("sunsirs");
        assertThat(sources.resolve("上海有色网")).map(Source::getCode).contains("smm");
        assertThat(products.aliases(
                        products.findByCode("dy-oxide-cn").orElseThrow().getId()))
                .containsExactly("氧化镝", "Dy oxide", "dysprosium oxide", "Dy2O3");
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void analystGetsAnIndexThatFindsTheSeedNotesNames() {
        var note = "On February 11, 2026, according to the Yangtze Nonferrous Metals Network, Nd metal rose; "
                + "数据显示，长江有色金属网金属钕均价108.5万元/吨，氧化镨钕上涨。";
        assertThat(sources.aliasIndex().findAll(note))
                .extracting(m -> m.item().getCode() + "=" + m.in(note))
                .containsExactly("yangtze=Yangtze Nonferrous Metals Network", "yangtze=长江有色金属网");
        assertThat(products.aliasIndex().findAll(note))
                .extracting(m -> m.item().getCode() + "=" + m.in(note))
                .containsExactly("nd-metal-cn=Nd metal", "nd-metal-cn=金属钕", "prnd-oxide-cn=氧化镨钕");
        var index = products.aliasIndex();
        assertThat(index.resolve("prnd-oxide-fob"))
                .map(Product::getPriceUnitLabel)
                .contains("USD/kg");
        assertThat(index.resolve("PrNd oxide FOB China")).map(Product::getCode).contains("prnd-oxide-fob");
    }

    @Test
    void anonymousCannotResolve() {
        assertThatThrownBy(() -> products.resolve("氧化钕"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sources.aliasIndex()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerCannotSetAliases() {
        long id = products.findByCode("nd-oxide-cn").orElseThrow().getId();
        assertThatThrownBy(() -> products.setAliases(id, List.of("viewer name")))
                .isInstanceOf(AuthorizationDeniedException.class);
        long source = sources.findByCode("smm").orElseThrow().getId();
        assertThatThrownBy(() -> sources.setAliases(source, List.of("viewer name")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(products.aliases(id)).doesNotContain("viewer name");
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void analystCannotSetAliases() {
        long id = products.findByCode("nd-oxide-cn").orElseThrow().getId();
        assertThatThrownBy(() -> products.setAliases(id, List.of("analyst name")))
                .isInstanceOf(AuthorizationDeniedException.class);
        long source = sources.findByCode("smm").orElseThrow().getId();
        assertThatThrownBy(() -> sources.setAliases(source, List.of("analyst name")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> products.create(newProduct("ho-oxide-analyst"), List.of("x")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSetsAliasesTrimmedWithoutBlanksRepeatsOrTheOwnCodeAndAudited() {
        var product = products.create(newProduct("ho-oxide-alias"));
        var stored = products.setAliases(
                product.getId(),
                List.of("  氧化钬 ", "", "Ho oxide", "HO-OXIDE", "ho-oxide-alias", "   ", "holmium oxide"));
        assertThat(stored).containsExactly("氧化钬", "Ho oxide", "holmium oxide");
        assertThat(products.aliases(product.getId())).containsExactly("氧化钬", "Ho oxide", "holmium oxide");
        assertThat(products.resolve("Holmium-Oxide")).map(Product::getCode).contains("ho-oxide-alias");
        assertThat(audit.historyOf("Product", product.getId()))
                .first()
                .extracting(AuditEvent::getSummary)
                .isEqualTo("ho-oxide-alias: aliases added 氧化钬, Ho oxide, holmium oxide");

        products.setAliases(product.getId(), List.of("Ho oxide"));
        assertThat(products.resolve("氧化钬")).isEmpty();
        assertThat(audit.historyOf("Product", product.getId()))
                .first()
                .extracting(AuditEvent::getSummary)
                .isEqualTo("ho-oxide-alias: aliases removed 氧化钬, holmium oxide");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAliasOfAnotherProductIsRefusedNamingIt() {
        var product = products.create(newProduct("er-oxide-clash"));
        assertThatThrownBy(() -> products.setAliases(product.getId(), List.of("铒氧化物", "氧化镨钕")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'氧化镨钕' is already an alias of prnd-oxide-cn")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("aliases");
        assertThatThrownBy(() -> products.setAliases(product.getId(), List.of("PR-ND  OXIDE")))
                .hasMessage("'PR-ND  OXIDE' is already an alias of prnd-oxide-cn");
        assertThatThrownBy(() -> products.setAliases(product.getId(), List.of("Nd Metal CN")))
                .hasMessage("'Nd Metal CN' is already the code of nd-metal-cn");
        assertThat(products.aliases(product.getId())).isEmpty();
        assertThat(products.resolve("氧化镨钕")).map(Product::getCode).contains("prnd-oxide-cn");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aCodeThatIsAnotherProductsAliasIsRefused() {
        assertThatThrownBy(() -> products.create(newProduct("nd2o3")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'nd2o3' is already an alias of nd-oxide-cn");
        assertThat(products.findByCode("nd2o3")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void tooLongTooManyOrEmptyAliasesAreRefusedWithTheRule() {
        var product = products.create(newProduct("lu-oxide-limits"));
        var longName = "Lutetium oxide " + "x".repeat(90);
        assertThatThrownBy(() -> products.setAliases(product.getId(), List.of(longName)))
                .hasMessageContaining("is longer than 100 characters");
        var many = IntStream.rangeClosed(1, 31)
                .mapToObj(i -> "Lu oxide grade " + i)
                .toList();
        assertThatThrownBy(() -> products.setAliases(product.getId(), many))
                .hasMessage("At most 30 aliases per product (31 given)");
        assertThatThrownBy(() -> products.setAliases(product.getId(), List.of("Lu oxide", "- · -")))
                .hasMessage("'- · -' has no letters or digits");
        assertThat(products.setAliases(product.getId(), many.subList(0, 30))).hasSize(30);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aRefusedAliasLeavesANewProductUnsaved() {
        var product = newProduct("gd-oxide-refused");
        assertThatThrownBy(() -> products.create(product, List.of("氧化钆", "SunSirs", "氧化钕")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'氧化钕' is already an alias of nd-oxide-cn");
        assertThat(products.findByCode("gd-oxide-refused")).isEmpty();

        var saved = products.create(product, List.of("氧化钆", "Gd oxide"));
        assertThat(products.aliases(saved.getId())).containsExactly("氧化钆", "Gd oxide");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void sourceAliasesFollowTheSameRules() {
        var source = sources.create(
                new SourceData("baiinfo-test", "Baiinfo", null, null), List.of("百川盈孚", " Baiinfo ", "BAIINFO"));
        assertThat(sources.aliases(source.getId())).containsExactly("百川盈孚", "Baiinfo");
        assertThat(sources.resolve("百川盈孚")).map(Source::getCode).contains("baiinfo-test");
        assertThatThrownBy(() -> sources.setAliases(source.getId(), List.of("生意社")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'生意社' is already an alias of sunsirs");
        assertThatThrownBy(() -> sources.setAliases(source.getId(), List.of("In house")))
                .hasMessage("'In house' is already the code of inhouse");
        assertThat(audit.historyOf("Source", source.getId()))
                .first()
                .extracting(AuditEvent::getSummary)
                .isEqualTo("baiinfo-test: aliases added 百川盈孚, Baiinfo");
    }

    @Test
    // Commits for real: two threads race on the alias key, each in its own transaction.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoAdminsSavingTheSameAliasAtOnceGetOneWinnerAndAClearMessage() throws Exception {
        var ids = SystemAuthentication.call(() -> List.of(
                products.create(newProduct("eu-oxide-race-a")).getId(),
                products.create(newProduct("eu-oxide-race-b")).getId()));
        for (int round = 0; round < 5; round++) {
            var alias = "氧化铕 round " + round;
            var start = new CyclicBarrier(2);
            var outcomes = Collections.synchronizedList(new ArrayList<String>());
            var threads = ids.stream()
                    .map(id -> new Thread(() -> {
                        try {
                            start.await();
                            SystemAuthentication.run(() -> products.setAliases(id, List.of(alias)));
                            outcomes.add("saved");
                        } catch (ValidationException e) {
                            outcomes.add(e.getMessage());
                        } catch (Exception e) {
                            outcomes.add("unexpected " + e);
                        }
                    }))
                    .toList();
            threads.forEach(Thread::start);
            for (var t : threads) {
                t.join(60_000);
            }
            assertThat(outcomes)
                    .as("round %d", round)
                    .hasSize(2)
                    .containsOnlyOnce("saved")
                    .anySatisfy(
                            m -> assertThat(m).matches("'" + alias + "' is already an alias of eu-oxide-race-[ab]"));
        }
    }

    @Test
    // Commits for real: another admin commits an alias on a second connection while this save waits.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anAliasCommittedByAnotherAdminAfterTheCheckBecomesTheSameClearMessage() throws Exception {
        AliasRaces.otherAdminCommitsWhileMySaveWaits(products, dataSource, "y-oxide-key", false);
    }

    static ProductData newProduct(String code) {
        return ProductData.of(
                code,
                Element.HO,
                MaterialForm.OXIDE,
                new BigDecimal("99.9"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.KG,
                0);
    }
}
