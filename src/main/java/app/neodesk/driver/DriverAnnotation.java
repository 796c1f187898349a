package app.neodesk.driver;

import app.neodesk.base.AbstractEntity;
import app.neodesk.catalog.Product;
import app.neodesk.team.AppUser;
import app.neodesk.team.Team;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A driver annotation: why a price moves. It concerns one or more products on a date or a date
 * range, and is visible to its author only, to chosen teams of the author, or to everyone.
 */
@Entity
@Table(name = "driver_annotation")
public class DriverAnnotation extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 10_000;
    public static final int SOURCE_NAME_MAX_LENGTH = 120;
    public static final int SOURCE_URL_MAX_LENGTH = 500;
    public static final int TAG_MAX_LENGTH = 40;
    public static final int MAX_TAGS = 12;
    public static final String TAG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String TAG_MESSAGE =
            "Tags use lowercase letters and digits joined by hyphens, e.g. export-controls";
    public static final String URL_PATTERN = "(?i)https?://[^\\s<>\"]+";
    public static final String URL_MESSAGE = "Enter a web address starting with http:// or https://";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "driver_annotation_seq")
    @SequenceGenerator(name = "driver_annotation_seq", sequenceName = "driver_annotation_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotBlank(message = "Enter a title")
    @Size(max = TITLE_MAX_LENGTH, message = "At most " + TITLE_MAX_LENGTH + " characters")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Size(max = BODY_MAX_LENGTH, message = "At most " + BODY_MAX_LENGTH + " characters")
    @Column(length = BODY_MAX_LENGTH)
    private @Nullable String body;

    @Size(max = SOURCE_NAME_MAX_LENGTH, message = "At most " + SOURCE_NAME_MAX_LENGTH + " characters")
    @Column(name = "source_name", length = SOURCE_NAME_MAX_LENGTH)
    private @Nullable String sourceName;

    @Size(max = SOURCE_URL_MAX_LENGTH, message = "At most " + SOURCE_URL_MAX_LENGTH + " characters")
    @Pattern(regexp = URL_PATTERN, message = URL_MESSAGE)
    @Column(name = "source_url", length = SOURCE_URL_MAX_LENGTH)
    private @Nullable String sourceUrl;

    @NotNull(message = "Enter the date")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @NotEmpty(message = "Choose at least one product")
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "driver_annotation_product",
            joinColumns = @JoinColumn(name = "driver_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    @OrderBy("code")
    @BatchSize(size = 50)
    private Set<Product> products = new LinkedHashSet<>();

    @NotNull(message = "Choose a category")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DriverCategory category;

    @NotNull(message = "Choose a direction")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @NotNull(message = "Choose an impact")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Impact impact;

    @Size(max = MAX_TAGS, message = "At most " + MAX_TAGS + " tags")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "driver_annotation_tag", joinColumns = @JoinColumn(name = "driver_id"))
    @Column(name = "tag_name", length = TAG_MAX_LENGTH, nullable = false)
    @OrderBy
    @BatchSize(size = 50)
    private Set<
                    @Size(max = TAG_MAX_LENGTH, message = "A tag has at most " + TAG_MAX_LENGTH + " characters")
                    @Pattern(regexp = TAG_PATTERN, message = TAG_MESSAGE) String>
            tags = new TreeSet<>();

    @NotNull(message = "Choose who may see the annotation")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility = Visibility.TEAM;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "driver_annotation_team",
            joinColumns = @JoinColumn(name = "driver_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    @OrderBy("name")
    @BatchSize(size = 50)
    private Set<Team> teams = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private AppUser author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    /** For JPA; a new annotation comes from {@link #of}. */
    @SuppressWarnings("NullAway.Init") // JPA fills the fields
    protected DriverAnnotation() {}

    /** A new annotation of {@code author} with these values, created and updated {@code now}. */
    static DriverAnnotation of(DriverData data, AppUser author, Instant now) {
        var annotation = new DriverAnnotation();
        annotation.apply(data);
        annotation.author = author;
        annotation.createdAt = now;
        annotation.updatedAt = now;
        return annotation;
    }

    /**
     * Takes what an editor may change (already trimmed and normalised by {@link DriverData}); never
     * the author, id, version or timestamps. The teams only count for {@link Visibility#TEAM}. The
     * service has checked the values complete ({@link DriverService}), so a missing one is a bug here.
     */
    void apply(DriverData data) {
        title = data.title();
        body = data.body();
        sourceName = data.sourceName();
        sourceUrl = data.sourceUrl();
        startDate = Objects.requireNonNull(data.startDate(), "startDate");
        endDate = data.endDate();
        products.clear();
        products.addAll(data.products());
        category = Objects.requireNonNull(data.category(), "category");
        direction = Objects.requireNonNull(data.direction(), "direction");
        impact = Objects.requireNonNull(data.impact(), "impact");
        tags.clear();
        tags.addAll(data.tags());
        visibility = Objects.requireNonNull(data.visibility(), "visibility");
        teams.clear();
        if (visibility == Visibility.TEAM) {
            teams.addAll(data.teams());
        }
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getBody() {
        return body;
    }

    public @Nullable String getSourceName() {
        return sourceName;
    }

    public @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    /** The last day of a date range, or {@code null} for a single date. */
    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public Set<Product> getProducts() {
        return new LinkedHashSet<>(products);
    }

    public DriverCategory getCategory() {
        return category;
    }

    public Direction getDirection() {
        return direction;
    }

    public Impact getImpact() {
        return impact;
    }

    /** Lowercase tags in alphabetical order. */
    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }

    /** A tag as stored: trimmed, lowercase, inner spaces and underscores become hyphens. */
    public static String normaliseTag(@Nullable String tag) {
        if (tag == null) {
            return "";
        }
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    public Visibility getVisibility() {
        return visibility;
    }

    /** The teams the annotation is shared with; empty unless the visibility is {@link Visibility#TEAM}. */
    public Set<Team> getTeams() {
        return new LinkedHashSet<>(teams);
    }

    public AppUser getAuthor() {
        return author;
    }

    /** The author's user name. */
    public String getAuthorUsername() {
        return author.getUsername();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** The product codes in alphabetical order. */
    public List<String> getProductCodes() {
        return products.stream().map(Product::getCode).sorted().toList();
    }

    @Override
    public String toString() {
        return title;
    }
}
