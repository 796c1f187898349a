package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@NeodeskSpringTest
class DriverDemoSeedTest {

    @Autowired
    DriverService drivers;

    @Test
    void everyDriverOfTheSeedNoteIsSharedWithEveryoneOnNdMetalAndOxideInAllFiveCategories() {
        var filter = new DriverFilter(
                null, null, null, null, null, null, "analyst", Visibility.EVERYONE, "SunSirs market note");
        var notes = AsUser.call(
                "trader2", () -> drivers.search(filter, PageRequest.of(0, 100)).getContent());
        assertThat(notes).hasSizeGreaterThanOrEqualTo(17);
        assertThat(notes).allSatisfy(a -> {
            assertThat(a.getStartDate()).isEqualTo(LocalDate.of(2026, 2, 11));
            assertThat(a.getProductCodes()).containsExactly("nd-metal-cn", "nd-oxide-cn");
            assertThat(a.getSourceName()).isEqualTo("SunSirs");
            assertThat(a.getAuthorUsername()).isEqualTo("analyst");
        });
        assertThat(notes).extracting(DriverAnnotation::getCategory).contains(DriverCategory.values());
        assertThat(notes.stream()
                        .filter(a -> a.getDirection() == Direction.BULLISH)
                        .count())
                .isGreaterThan(notes.size() / 2);
        assertThat(notes)
                .filteredOn(a -> a.getTitle().startsWith("Risks"))
                .singleElement()
                .extracting(DriverAnnotation::getDirection)
                .isEqualTo(Direction.BEARISH);
        assertThat(notes)
                .extracting(DriverAnnotation::getTitle)
                .anyMatch(t -> t.contains("quotas"))
                .anyMatch(t -> t.contains("Overseas supply"))
                .anyMatch(t -> t.contains("inventories"))
                .anyMatch(t -> t.contains("NEV"))
                .anyMatch(t -> t.contains("Wind"))
                .anyMatch(t -> t.contains("Humanoid"))
                .anyMatch(t -> t.contains("procurement"))
                .anyMatch(t -> t.contains("Export licensing"))
                .anyMatch(t -> t.contains("Green trade"))
                .anyMatch(t -> t.contains("Strategic reserves"))
                .anyMatch(t -> t.contains("Consolidation"))
                .anyMatch(t -> t.contains("US dollar"))
                .anyMatch(t -> t.contains("Thematic funds"))
                .anyMatch(t -> t.contains("price inversion"))
                .anyMatch(t -> t.contains("Spring-Festival"));
    }

    @Test
    void teamAndPrivateDemoAnnotationsShowTheVisibilityRules() {
        var mine = new DriverFilter(null, null, null, null, null, null, null, Visibility.PRIVATE, null);
        assertThat(AsUser.call(
                        "trader",
                        () -> drivers.search(mine, PageRequest.of(0, 50)).getContent()))
                .extracting(DriverAnnotation::getTitle)
                .contains("My view: take profit above 1.1m");
        var team = new DriverFilter(null, null, null, null, null, null, null, Visibility.TEAM, "desk");
        assertThat(AsUser.call(
                        "trader",
                        () -> drivers.search(team, PageRequest.of(0, 50)).getContent()))
                .extracting(DriverAnnotation::getTitle)
                .contains("Desk A: magnet customers ask for Q2 cover at fixed prices")
                .doesNotContain("Desk B: heavy rare earth offers thin out");
    }
}
