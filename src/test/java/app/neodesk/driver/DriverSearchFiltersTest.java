package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.ProductService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Each list filter on its own keeps what matches and drops what does not. Two annotations carry a
 * word no other has and differ in every filtered field: a bullish supply note on Nd metal by
 * {@code analyst}, tagged {@code filter-one}, over a range of dates, shared with everyone; and a
 * bearish policy note on Dy oxide by {@code trader2}, tagged {@code filter-two}, on one later day,
 * private. {@code trader2} reads (sees both).
 */
@NeodeskSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverSearchFiltersTest {

    private static final String WORD = "filterword";
    private static final LocalDate RANGE_START = LocalDate.of(2036, 5, 4);
    private static final LocalDate RANGE_END = LocalDate.of(2036, 5, 20);
    private static final LocalDate LATER = LocalDate.of(2036, 6, 1);

    @Autowired
    DriverService drivers;

    @Autowired
    ProductService products;

    private String one = "";
    private String two = "";

    @BeforeAll
    void twoAnnotationsThatDifferInEveryFilteredField() {
        one = AsUser.call(
                        "analyst",
                        () -> drivers.create(data(
                                "Filter one: smelters pause",
                                RANGE_START,
                                RANGE_END,
                                "nd-metal-cn",
                                DriverCategory.SUPPLY,
                                Direction.BULLISH,
                                "filter-one",
                                Visibility.EVERYONE)))
                .getTitle();
        two = AsUser.call(
                        "trader2",
                        () -> drivers.create(data(
                                "Filter two: quota rumours",
                                LATER,
                                null,
                                "dy-oxide-cn",
                                DriverCategory.POLICY,
                                Direction.BEARISH,
                                "filter-two",
                                Visibility.PRIVATE)))
                .getTitle();
    }

    @Test
    void theWordAloneFindsBothNewestFirst() {
        assertThat(titles(f -> f)).containsExactly(two, one);
    }

    @Test
    void categoryDirectionAndVisibilityEachKeepOnlyTheirOwn() {
        assertThat(titles(f -> with(f, DriverCategory.SUPPLY, null, null, null, null, null, null, null)))
                .containsExactly(one);
        assertThat(titles(f -> with(f, null, Direction.BEARISH, null, null, null, null, null, null)))
                .containsExactly(two);
        assertThat(titles(f -> with(f, null, null, null, null, null, null, null, Visibility.PRIVATE)))
                .containsExactly(two);
        assertThat(titles(f -> with(f, DriverCategory.MACRO, null, null, null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void productTagAndAuthorEachKeepOnlyTheirOwn() {
        assertThat(titles(f -> with(f, null, null, "nd-metal-cn", null, null, null, null, null)))
                .containsExactly(one);
        assertThat(titles(f -> with(f, null, null, " dy-oxide-cn ", null, null, null, null, null)))
                .containsExactly(two);
        assertThat(titles(f -> with(f, null, null, null, "Filter-Two", null, null, null, null)))
                .as("tags are matched as normalised")
                .containsExactly(two);
        assertThat(titles(f -> with(f, null, null, null, null, null, null, "analyst", null)))
                .containsExactly(one);
        assertThat(titles(f -> with(f, null, null, null, null, null, null, "nobody", null)))
                .isEmpty();
    }

    @Test
    void aDateRangeFindsTheAnnotationsWhoseDatesOverlapIt() {
        var insideTheRange = RANGE_START.plusDays(3);
        assertThat(titles(f -> with(f, null, null, null, null, insideTheRange, insideTheRange, null, null)))
                .as("a day inside the first one's range")
                .containsExactly(one);
        assertThat(titles(f -> with(f, null, null, null, null, RANGE_END.plusDays(1), null, null, null)))
                .as("from the day after the range ends")
                .containsExactly(two);
        assertThat(titles(f -> with(f, null, null, null, null, null, RANGE_START, null, null)))
                .as("up to the day the range starts")
                .containsExactly(one);
        assertThat(titles(f -> with(f, null, null, null, null, RANGE_END.plusDays(1), LATER.minusDays(1), null, null)))
                .as("between the two")
                .isEmpty();
    }

    @Test
    void pagesFollowEachOtherAndTheLastSaysSo() {
        var filter = new DriverFilter(null, null, null, null, null, null, null, null, WORD);
        var first = AsUser.call("trader2", () -> drivers.search(filter, PageRequest.of(0, 1)));
        var second = AsUser.call("trader2", () -> drivers.search(filter, PageRequest.of(1, 1)));
        var beyond = AsUser.call("trader2", () -> drivers.search(filter, PageRequest.of(2, 1)));
        assertThat(first.getContent()).extracting(DriverAnnotation::getTitle).containsExactly(two);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(DriverAnnotation::getTitle).containsExactly(one);
        assertThat(second.hasNext()).isFalse();
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.hasNext()).isFalse();
    }

    @Test
    void aWildcardInTheSearchTextIsNotAWildcard() {
        assertThat(titles(f -> new DriverFilter(null, null, null, null, null, null, null, null, "filter%one")))
                .as("'%' is dropped, not matched as anything")
                .isEmpty();
        assertThat(titles(f -> new DriverFilter(null, null, null, null, null, null, null, null, "FILTER ONE")))
                .containsExactly(one);
    }

    private List<String> titles(Function<DriverFilter, DriverFilter> narrow) {
        var filter = narrow.apply(new DriverFilter(null, null, null, null, null, null, null, null, WORD));
        return AsUser.call(
                "trader2",
                () -> drivers.search(filter, PageRequest.of(0, 50)).getContent().stream()
                        .map(DriverAnnotation::getTitle)
                        .toList());
    }

    private static DriverFilter with(
            DriverFilter base,
            @Nullable DriverCategory category,
            @Nullable Direction direction,
            @Nullable String product,
            @Nullable String tag,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String author,
            @Nullable Visibility visibility) {
        return new DriverFilter(category, direction, product, tag, from, to, author, visibility, base.text());
    }

    private DriverData data(
            String title,
            LocalDate start,
            @Nullable LocalDate end,
            String product,
            DriverCategory category,
            Direction direction,
            String tag,
            Visibility visibility) {
        return new DriverData(
                title,
                start,
                end,
                Set.of(products.findByCode(product).orElseThrow()),
                category,
                direction,
                Impact.MEDIUM,
                Set.of(tag),
                visibility,
                Set.of(),
                null,
                null,
                "Body with the " + WORD + ".");
    }
}
