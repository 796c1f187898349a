package app.neodesk.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin edits of a {@link Source}: the form binds it, and {@link SourceService#create} and
 * {@link SourceService#update} take it. Text is trimmed, and an empty address or note is none.
 */
public record SourceData(
        @NotBlank(message = "Enter a code")
        @Size(max = Source.CODE_MAX_LENGTH, message = "At most " + Source.CODE_MAX_LENGTH + " characters")
        @Pattern(regexp = Product.CODE_PATTERN, message = Product.CODE_MESSAGE)
        String code,

        @NotBlank(message = "Enter a name")
        @Size(max = Source.NAME_MAX_LENGTH, message = "At most " + Source.NAME_MAX_LENGTH + " characters")
        String name,

        @Size(max = Source.URL_MAX_LENGTH, message = "At most " + Source.URL_MAX_LENGTH + " characters")
        @Pattern(regexp = Source.URL_PATTERN, message = Source.URL_MESSAGE)
        @Nullable
        String url,

        @Size(max = Source.NOTES_MAX_LENGTH, message = "At most " + Source.NOTES_MAX_LENGTH + " characters") @Nullable
        String notes) {

    public SourceData {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** The values of a new source: all empty. */
    public static SourceData blank() {
        return new SourceData("", "", null, null);
    }

    /** The values of a stored source. */
    public static SourceData of(Source source) {
        return new SourceData(source.getCode(), source.getName(), source.getUrl(), source.getNotes());
    }
}
