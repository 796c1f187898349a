package app.neodesk.driver;

import static app.neodesk.driver.Visibility.EVERYONE;
import static app.neodesk.driver.Visibility.PRIVATE;
import static app.neodesk.driver.Visibility.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.NotFoundException;
import app.neodesk.catalog.ProductService;
import app.neodesk.team.TeamService;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Who sees what, on every read path. {@code analyst} (Desk A) writes one private, one Desk A team
 * and one everyone annotation; they are read by the author, a team-mate ({@code trader}, Desk A),
 * another team ({@code trader2}, Desk B) and an admin (no team).
 */
@NeodeskSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverVisibilityMatrixTest {

    private static final LocalDate DAY = LocalDate.of(2035, 3, 14);
    private static final String WORD = "matrixword";

    @Autowired
    DriverService drivers;

    @Autowired
    ProductService products;

    @Autowired
    TeamService teams;

    private final Map<Visibility, Long> ids = new EnumMap<>(Visibility.class);
    private long ndMetalId;

    @BeforeAll
    void analystWritesOneAnnotationPerVisibility() {
        AsUser.run("analyst", () -> {
            ndMetalId = products.findByCode("nd-metal-cn").orElseThrow().getId();
            var deskA = teams.myTeams();
            for (var visibility : Visibility.values()) {
                var data = new DriverData(
                        title(visibility),
                        DAY,
                        null,
                        Set.of(products.findByCode("nd-metal-cn").orElseThrow()),
                        DriverCategory.SUPPLY,
                        Direction.BULLISH,
                        Impact.MEDIUM,
                        Set.of(tag(visibility)),
                        visibility,
                        visibility == TEAM ? Set.copyOf(deskA) : Set.of(),
                        null,
                        null,
                        "Body with the " + WORD + " for " + visibility);
                ids.put(visibility, drivers.create(data).getId());
            }
        });
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("analyst", "author", EnumSet.of(PRIVATE, TEAM, EVERYONE)),
                Arguments.of("trader", "team-mate", EnumSet.of(TEAM, EVERYONE)),
                Arguments.of("trader2", "other team", EnumSet.of(EVERYONE)),
                Arguments.of("admin", "admin", EnumSet.of(TEAM, EVERYONE)));
    }

    @ParameterizedTest(name = "{1} ({0}) lists exactly {2}")
    @MethodSource("readers")
    void listShowsOnlyVisibleAnnotations(String reader, String role, Set<Visibility> expected) {
        var filter = new DriverFilter(null, null, "nd-metal-cn", null, DAY, DAY, null, null, null);
        var found = AsUser.call(
                reader, () -> drivers.search(filter, PageRequest.of(0, 50)).getContent());
        assertThat(visibilitiesOf(found.stream().map(DriverAnnotation::getId).toList()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} ({0}) finds exactly {2} by text")
    @MethodSource("readers")
    void textSearchInTitleAndBodyFindsOnlyVisibleAnnotations(String reader, String role, Set<Visibility> expected) {
        var byBody = new DriverFilter(null, null, null, null, null, null, null, null, WORD.toUpperCase());
        var byTitle = new DriverFilter(null, null, null, null, null, null, null, null, "matrix title");
        var inBody = AsUser.call(
                reader, () -> drivers.search(byBody, PageRequest.of(0, 50)).getContent());
        var inTitle = AsUser.call(
                reader, () -> drivers.search(byTitle, PageRequest.of(0, 50)).getContent());
        assertThat(visibilitiesOf(inBody.stream().map(DriverAnnotation::getId).toList()))
                .isEqualTo(expected);
        assertThat(visibilitiesOf(inTitle.stream().map(DriverAnnotation::getId).toList()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} ({0}) opens exactly {2} by id; the rest is 'not found' like a missing id")
    @MethodSource("readers")
    void getByIdShowsVisibleAndAnswersHiddenExactlyLikeMissing(String reader, String role, Set<Visibility> expected) {
        var missing = catchThrowable(() -> AsUser.call(reader, () -> drivers.get(Long.MAX_VALUE)));
        assertThat(missing).isInstanceOf(NotFoundException.class);
        for (var visibility : Visibility.values()) {
            long id = ids.get(visibility);
            if (expected.contains(visibility)) {
                assertThat(AsUser.call(reader, () -> drivers.get(id)).getTitle())
                        .isEqualTo(title(visibility));
            } else {
                assertThatThrownBy(() -> AsUser.call(reader, () -> drivers.get(id)))
                        .as("guessed id of a %s annotation", visibility)
                        .isExactlyInstanceOf(missing.getClass())
                        .hasMessage(missing.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{1} ({0}) gets chart markers for exactly {2}")
    @MethodSource("readers")
    void chartMarkersShowOnlyVisibleAnnotations(String reader, String role, Set<Visibility> expected) {
        var markers =
                AsUser.call(reader, () -> drivers.markersFor(List.of(ndMetalId), DAY.minusDays(1), DAY.plusDays(1)));
        assertThat(visibilitiesOf(markers.stream().map(DriverMarker::id).toList()))
                .isEqualTo(expected);
        assertThat(markers).allSatisfy(m -> {
            assertThat(m.productIds()).containsExactly(ndMetalId);
            assertThat(m.date()).isEqualTo(DAY);
        });
    }

    @ParameterizedTest(name = "{1} ({0}) sees exactly {2} on the dashboard")
    @MethodSource("readers")
    void dashboardLatestShowsOnlyVisibleAnnotations(String reader, String role, Set<Visibility> expected) {
        var latest = AsUser.call(reader, () -> drivers.latestVisible(DriverService.MAX_LATEST));
        var mine = latest.stream()
                .map(DriverHeadline::id)
                .filter(ids::containsValue)
                .toList();
        assertThat(visibilitiesOf(mine)).isEqualTo(expected);
        var visibleByList = AsUser.call(
                reader,
                () -> drivers.search(DriverFilter.all(), PageRequest.of(0, DriverService.MAX_LATEST))
                        .getContent());
        assertThat(latest)
                .as("the dashboard's latest are the list's first page, newest first")
                .extracting(DriverHeadline::id, DriverHeadline::title, DriverHeadline::startDate)
                .containsExactlyElementsOf(visibleByList.stream()
                        .map(a -> tuple(a.getId(), a.getTitle(), a.getStartDate()))
                        .toList());
    }

    @ParameterizedTest(name = "{1} ({0}) exports exactly {2}")
    @MethodSource("readers")
    void csvExportContainsOnlyVisibleAnnotations(String reader, String role, Set<Visibility> expected) {
        var out = new StringBuilder();
        int rows = AsUser.call(reader, () -> drivers.exportCsv(DriverFilter.all(), out));
        var csv = out.toString();
        for (var visibility : Visibility.values()) {
            if (expected.contains(visibility)) {
                assertThat(csv).contains(title(visibility));
            } else {
                assertThat(csv).doesNotContain(title(visibility)).doesNotContain(tag(visibility));
            }
        }
        int visible = AsUser.call(
                reader,
                () -> drivers.search(DriverFilter.all(), PageRequest.of(0, 1000))
                        .getNumberOfElements());
        assertThat(rows)
                .as("one exported row per annotation the reader can see")
                .isEqualTo(visible);
    }

    @ParameterizedTest(name = "{1} ({0}) gets tag suggestions of exactly {2}")
    @MethodSource("readers")
    void tagSuggestionsComeOnlyFromVisibleAnnotations(String reader, String role, Set<Visibility> expected) {
        var suggestions = AsUser.call(reader, () -> drivers.suggestTags("Matrix-", 20));
        assertThat(Set.copyOf(suggestions))
                .isEqualTo(
                        expected.stream().map(DriverVisibilityMatrixTest::tag).collect(Collectors.toSet()));
    }

    @Test
    void deskBTeamAnnotationAndPrivateNotesOfOthersAreHiddenFromDeskA() {
        var deskBTitle = "Desk B: heavy rare earth offers thin out";
        var privateOfTrader2 = "Private: watch the CNY/USD fixing";
        for (var reader : List.of("analyst", "trader")) {
            var all = AsUser.call(
                    reader,
                    () -> drivers.search(DriverFilter.all(), PageRequest.of(0, 200))
                            .getContent());
            assertThat(all).extracting(DriverAnnotation::getTitle).doesNotContain(deskBTitle, privateOfTrader2);
        }
        var ofTrader2 = AsUser.call(
                "trader2",
                () -> drivers.search(DriverFilter.all(), PageRequest.of(0, 200)).getContent());
        assertThat(ofTrader2)
                .extracting(DriverAnnotation::getTitle)
                .contains(deskBTitle, privateOfTrader2)
                .doesNotContain(
                        "My view: take profit above 1.1m", "Desk A: magnet customers ask for Q2 cover at fixed prices");
        var ofAdmin = AsUser.call(
                "admin",
                () -> drivers.search(DriverFilter.all(), PageRequest.of(0, 200)).getContent());
        assertThat(ofAdmin)
                .extracting(DriverAnnotation::getTitle)
                .contains(deskBTitle)
                .doesNotContain(privateOfTrader2, "My view: take profit above 1.1m");
    }

    private Set<Visibility> visibilitiesOf(List<Long> found) {
        var result = EnumSet.noneOf(Visibility.class);
        ids.forEach((visibility, id) -> {
            if (found.contains(id)) {
                result.add(visibility);
            }
        });
        assertThat(found).as("no annotation appears twice").doesNotHaveDuplicates();
        return result;
    }

    private static String title(Visibility visibility) {
        return "Matrix title " + visibility.name().toLowerCase();
    }

    private static String tag(Visibility visibility) {
        return "matrix-" + visibility.name().toLowerCase();
    }
}
