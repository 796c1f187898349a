package app.neodesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** Where a price comes from: a price agency or the desk's own deals. */
@Entity
@Table(name = "source")
@BatchSize(size = 50) // the main sources of a page of products load in one statement
public class Source extends CatalogEntity {

    public static final int CODE_MAX_LENGTH = 40;
    public static final int NAME_MAX_LENGTH = 120;
    public static final int URL_MAX_LENGTH = 500;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final String SORT_CODE = "code";
    public static final String URL_PATTERN = "https?://\\S+";
    public static final String URL_MESSAGE = "Enter a web address starting with http:// or https://";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotBlank(message = "Enter a code")
    @Size(max = CODE_MAX_LENGTH, message = "At most " + CODE_MAX_LENGTH + " characters")
    @Pattern(regexp = Product.CODE_PATTERN, message = Product.CODE_MESSAGE)
    @Column(nullable = false, length = CODE_MAX_LENGTH)
    private String code = "";

    @NotBlank(message = "Enter a name")
    @Size(max = NAME_MAX_LENGTH, message = "At most " + NAME_MAX_LENGTH + " characters")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Size(max = URL_MAX_LENGTH, message = "At most " + URL_MAX_LENGTH + " characters")
    @Pattern(regexp = URL_PATTERN, message = URL_MESSAGE)
    @Column(length = URL_MAX_LENGTH)
    private @Nullable String url;

    @Size(max = NOTES_MAX_LENGTH, message = "At most " + NOTES_MAX_LENGTH + " characters")
    @Column(length = NOTES_MAX_LENGTH)
    private @Nullable String notes;

    protected Source() {}

    public Source(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** A new source with these values. */
    static Source of(SourceData data) {
        var source = new Source();
        source.apply(data);
        return source;
    }

    /** Takes the edited values (already trimmed by {@link SourceData}). */
    void apply(SourceData data) {
        changeable();
        code = data.code();
        name = data.name();
        url = data.url();
        notes = data.notes();
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    /** "yangtze · Yangtze Nonferrous Metals Network", for pickers. */
    public String getLabel() {
        return code + " · " + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
