package app.neodesk.driver;

import static app.neodesk.driver.DriverAnnotation.BODY_MAX_LENGTH;
import static app.neodesk.driver.DriverAnnotation.MAX_TAGS;
import static app.neodesk.driver.DriverAnnotation.SOURCE_NAME_MAX_LENGTH;
import static app.neodesk.driver.DriverAnnotation.SOURCE_URL_MAX_LENGTH;
import static app.neodesk.driver.DriverAnnotation.TAG_MAX_LENGTH;
import static app.neodesk.driver.DriverAnnotation.TAG_MESSAGE;
import static app.neodesk.driver.DriverAnnotation.TAG_PATTERN;
import static app.neodesk.driver.DriverAnnotation.TITLE_MAX_LENGTH;
import static app.neodesk.driver.DriverAnnotation.URL_MESSAGE;
import static app.neodesk.driver.DriverAnnotation.URL_PATTERN;

import app.neodesk.catalog.Product;
import app.neodesk.team.Team;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What an editor changes of a {@link DriverAnnotation}: the form binds it, and
 * {@link DriverService#create} and {@link DriverService#update} take it. Never the author, id,
 * version or timestamps. Text is trimmed, an empty body, source or link is none, and tags are
 * normalised ({@link DriverAnnotation#normaliseTag}). The products and teams are the ones chosen
 * in the pickers; the service checks the teams against the author's.
 */
public record DriverData(
        @NotBlank(message = "Enter a title")
        @Size(max = TITLE_MAX_LENGTH, message = "At most " + TITLE_MAX_LENGTH + " characters")
        String title,

        @NotNull(message = "Enter the date") @Nullable LocalDate startDate,

        @Nullable LocalDate endDate,

        @NotEmpty(message = "Choose at least one product") Set<Product> products,

        @NotNull(message = "Choose a category") @Nullable DriverCategory category,

        @NotNull(message = "Choose a direction") @Nullable Direction direction,

        @NotNull(message = "Choose an impact") @Nullable Impact impact,

        @Size(max = MAX_TAGS, message = "At most " + MAX_TAGS + " tags")
        Set<
                        @Size(max = TAG_MAX_LENGTH, message = "A tag has at most " + TAG_MAX_LENGTH + " characters")
                        @Pattern(regexp = TAG_PATTERN, message = TAG_MESSAGE) String>
                tags,

        @NotNull(message = "Choose who may see the annotation") @Nullable
        Visibility visibility,

        Set<Team> teams,

        @Size(max = SOURCE_NAME_MAX_LENGTH, message = "At most " + SOURCE_NAME_MAX_LENGTH + " characters") @Nullable
        String sourceName,

        @Size(max = SOURCE_URL_MAX_LENGTH, message = "At most " + SOURCE_URL_MAX_LENGTH + " characters")
        @Pattern(regexp = URL_PATTERN, message = URL_MESSAGE)
        @Nullable
        String sourceUrl,

        @Size(max = BODY_MAX_LENGTH, message = "At most " + BODY_MAX_LENGTH + " characters") @Nullable
        String body) {

    public DriverData {
        title = title == null ? "" : title.strip();
        products = products == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(products));
        tags = normaliseTags(tags);
        teams = teams == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(teams));
        sourceName = orNone(sourceName);
        sourceUrl = orNone(sourceUrl);
        body = orNone(body);
    }

    /** The values of a new annotation: nothing chosen yet, shared with the author's teams. */
    public static DriverData blank() {
        return new DriverData(
                "", null, null, Set.of(), null, null, null, Set.of(), Visibility.TEAM, Set.of(), null, null, null);
    }

    /** The values of a stored annotation. */
    public static DriverData of(DriverAnnotation a) {
        return new DriverData(
                a.getTitle(),
                a.getStartDate(),
                a.getEndDate(),
                a.getProducts(),
                a.getCategory(),
                a.getDirection(),
                a.getImpact(),
                a.getTags(),
                a.getVisibility(),
                a.getTeams(),
                a.getSourceName(),
                a.getSourceUrl(),
                a.getBody());
    }

    /** Whether the range is well-formed: no end date, or an end date on or after the start date. */
    public boolean hasValidDateRange() {
        return endDate == null || startDate == null || !endDate.isBefore(startDate);
    }

    public DriverData withTitle(String newTitle) {
        return new DriverData(
                newTitle,
                startDate,
                endDate,
                products,
                category,
                direction,
                impact,
                tags,
                visibility,
                teams,
                sourceName,
                sourceUrl,
                body);
    }

    /** The same values on another date or range ({@code newEnd} null for a single date). */
    public DriverData withDates(@Nullable LocalDate newStart, @Nullable LocalDate newEnd) {
        return new DriverData(
                title,
                newStart,
                newEnd,
                products,
                category,
                direction,
                impact,
                tags,
                visibility,
                teams,
                sourceName,
                sourceUrl,
                body);
    }

    public DriverData withProducts(Collection<Product> newProducts) {
        return new DriverData(
                title,
                startDate,
                endDate,
                new LinkedHashSet<>(newProducts),
                category,
                direction,
                impact,
                tags,
                visibility,
                teams,
                sourceName,
                sourceUrl,
                body);
    }

    public DriverData withTags(Collection<String> newTags) {
        return new DriverData(
                title,
                startDate,
                endDate,
                products,
                category,
                direction,
                impact,
                new LinkedHashSet<>(newTags),
                visibility,
                teams,
                sourceName,
                sourceUrl,
                body);
    }

    /** Who may see it: the visibility, and the teams when it is {@link Visibility#TEAM}. */
    public DriverData withVisibility(Visibility newVisibility, Collection<Team> newTeams) {
        return new DriverData(
                title,
                startDate,
                endDate,
                products,
                category,
                direction,
                impact,
                tags,
                newVisibility,
                new LinkedHashSet<>(newTeams),
                sourceName,
                sourceUrl,
                body);
    }

    public DriverData withSource(@Nullable String newName, @Nullable String newUrl) {
        return new DriverData(
                title,
                startDate,
                endDate,
                products,
                category,
                direction,
                impact,
                tags,
                visibility,
                teams,
                newName,
                newUrl,
                body);
    }

    private static Set<String> normaliseTags(@Nullable Set<String> tags) {
        var normalised = new TreeSet<String>();
        if (tags != null) {
            tags.stream()
                    .map(DriverAnnotation::normaliseTag)
                    .filter(t -> !t.isEmpty())
                    .forEach(normalised::add);
        }
        return Collections.unmodifiableSortedSet(normalised);
    }

    private static @Nullable String orNone(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
