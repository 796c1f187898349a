package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.ProductService;
import app.neodesk.support.PostgresSpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The driver queries on a real PostgreSQL: every filter at once and none at all (no untyped null
 * parameters), the visibility subquery, markers, tag suggestions and the CSV export.
 */
@PostgresSpringTest
class DriverPostgresTest {

    @Autowired
    DriverService drivers;

    @Autowired
    ProductService products;

    @Test
    void everyReadPathRunsOnPostgresWithTheVisibilityRules() {
        var note = LocalDate.of(2026, 2, 11);
        var all = new DriverFilter(
                DriverCategory.SUPPLY,
                Direction.BULLISH,
                "nd-metal-cn",
                "Quota",
                note,
                note,
                "analyst",
                Visibility.EVERYONE,
                "quotas");
        assertThat(AsUser.call(
                        "trader2",
                        () -> drivers.search(all, PageRequest.of(0, 10)).getContent()))
                .extracting(DriverAnnotation::getTitle)
                .singleElement()
                .asString()
                .contains("quotas");
        assertThat(AsUser.call(
                        "trader2",
                        () -> drivers.search(DriverFilter.all(), PageRequest.of(0, 100))
                                .getContent()))
                .extracting(DriverAnnotation::getTitle)
                .contains("Desk B: heavy rare earth offers thin out")
                .doesNotContain(
                        "Desk A: magnet customers ask for Q2 cover at fixed prices", "My view: take profit above 1.1m");
        assertThat(AsUser.call(
                        "admin",
                        () -> drivers.search(DriverFilter.all(), PageRequest.of(0, 100))
                                .getContent()))
                .extracting(DriverAnnotation::getTitle)
                .contains("Desk A: magnet customers ask for Q2 cover at fixed prices")
                .doesNotContain("My view: take profit above 1.1m");

        long ndMetal = AsUser.call(
                "trader", () -> products.findByCode("nd-metal-cn").orElseThrow().getId());
        var markers = AsUser.call("trader", () -> drivers.markersFor(List.of(ndMetal), note.minusDays(5), note));
        assertThat(markers)
                .extracting(DriverMarker::title)
                .contains(
                        "Desk A: magnet customers ask for Q2 cover at fixed prices", "My view: take profit above 1.1m");
        assertThat(AsUser.call("trader2", () -> drivers.markersFor(List.of(ndMetal), note.minusDays(5), note)))
                .extracting(DriverMarker::title)
                .doesNotContain("Desk A: magnet customers ask for Q2 cover at fixed prices");

        assertThat(AsUser.call("trader2", () -> drivers.suggestTags("desk", 10)))
                .containsExactly("desk-b");
        assertThat(AsUser.call("trader2", () -> drivers.visibleAuthors()))
                .contains("analyst", "trader2")
                .doesNotContain("trader");
        assertThat(AsUser.call("trader", () -> drivers.latestVisible(5))).hasSize(5);
        var csv = new StringBuilder();
        assertThat(AsUser.call("trader", () -> drivers.exportCsv(DriverFilter.all(), csv)))
                .isGreaterThan(17);
        assertThat(csv).contains("My view: take profit above 1.1m").doesNotContain("Desk B: heavy");
    }

    @Test
    void writesRoundTripOnPostgres() {
        var saved = AsUser.call("trader", () -> {
            return drivers.create(new DriverData(
                    "Postgres round trip",
                    LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 5),
                    Set.of(products.findByCode("nd-oxide-cn").orElseThrow()),
                    DriverCategory.MACRO,
                    Direction.BEARISH,
                    Impact.HIGH,
                    Set.of("usd", "liquidity"),
                    Visibility.PRIVATE,
                    Set.of(),
                    null,
                    null,
                    null));
        });
        var edit = AsUser.call("trader", () -> drivers.get(saved.requireId()));
        AsUser.call(
                "trader",
                () -> drivers.update(
                        edit.requireId(), edit.getVersion(), DriverData.of(edit).withTags(List.of("usd"))));
        assertThat(AsUser.call("trader", () -> drivers.get(saved.getId())).getTags())
                .containsExactly("usd");
        AsUser.run("trader", () -> drivers.delete(saved.getId()));
    }
}
