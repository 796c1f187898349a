package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chart's driver markers: one per annotation, with the charted products it is on, oldest first. */
@NeodeskSpringTest
class DriverMarkersTest {

    private static final LocalDate DAY = LocalDate.of(2036, 5, 4);

    @Autowired
    DriverService drivers;

    @Autowired
    ProductService products;

    @Test
    void anAnnotationOnTwoChartedProductsIsOneMarkerNamingBoth() {
        var metal = product("nd-metal-cn");
        var oxide = product("nd-oxide-cn");
        var dy = product("dy-oxide-cn");
        AsUser.run("analyst", () -> {
            drivers.create(note("氧化钕：收储传闻", DAY, null, Set.of(metal, oxide, dy), Visibility.EVERYONE));
            drivers.create(note(
                    "Earlier: Myanmar border shut",
                    DAY.minusDays(40),
                    DAY.plusDays(3),
                    Set.of(oxide),
                    Visibility.EVERYONE));
            drivers.create(note("Dy only", DAY, null, Set.of(dy), Visibility.EVERYONE));
        });

        var markers = AsUser.call(
                "trader", () -> drivers.markersFor(List.of(metal.getId(), oxide.getId()), DAY.minusDays(1), DAY));

        assertThat(markers)
                .extracting(DriverMarker::title)
                .as("oldest first; the Dy-only note is not on these products")
                .containsExactly("Earlier: Myanmar border shut", "氧化钕：收储传闻");
        var both = markers.get(1);
        assertThat(both.productIds())
                .containsExactly(Math.min(metal.getId(), oxide.getId()), Math.max(metal.getId(), oxide.getId()));
        assertThat(both.date()).isEqualTo(DAY);
        assertThat(both.endDate()).isNull();
        assertThat(both.category()).isEqualTo(DriverCategory.POLICY);
        assertThat(both.direction()).isEqualTo(Direction.BULLISH);
        assertThat(both.impact()).isEqualTo(Impact.HIGH);
        var range = markers.get(0);
        assertThat(range.productIds()).containsExactly(oxide.getId());
        assertThat(range.endDate()).isEqualTo(DAY.plusDays(3));
    }

    @Test
    void aPrivateAnnotationIsAMarkerForItsAuthorOnly() {
        var metal = product("nd-metal-cn");
        AsUser.run("analyst", () -> drivers.create(note("My own view", DAY, null, Set.of(metal), Visibility.PRIVATE)));

        assertThat(AsUser.call("analyst", () -> drivers.markersFor(List.of(metal.getId()), DAY, DAY)))
                .extracting(DriverMarker::title)
                .contains("My own view");
        assertThat(AsUser.call("trader", () -> drivers.markersFor(List.of(metal.getId()), DAY, DAY)))
                .extracting(DriverMarker::title)
                .doesNotContain("My own view");
    }

    @Test
    void noProductsNoMarkers() {
        assertThat(AsUser.call("trader", () -> drivers.markersFor(List.of(), DAY, DAY)))
                .isEmpty();
    }

    private Product product(String code) {
        return AsUser.call("trader", () -> products.findByCode(code).orElseThrow());
    }

    private static DriverData note(
            String title, LocalDate start, @Nullable LocalDate end, Set<Product> on, Visibility visibility) {
        return new DriverData(
                title,
                start,
                end,
                on,
                DriverCategory.POLICY,
                Direction.BULLISH,
                Impact.HIGH,
                Set.of("markers-test"),
                visibility,
                Set.of(),
                null,
                null,
                null);
    }
}
