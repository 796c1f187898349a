package app.neodesk.catalog.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;

/**
 * The "Aliases" field of the product and source forms: one name per line. The service trims them,
 * drops blanks and repeats, and refuses clashes; its message is shown on this field.
 */
public class AliasesArea extends TextArea {

    static final String HELPER = "English and Chinese names used by vendor files and notes, one per line";

    public AliasesArea() {
        super("Aliases");
        setHelperText(HELPER);
        addClassName("aliases-area");
        setMinRows(3);
        setMaxRows(8);
        setWidthFull();
    }

    /** The names typed, one per line, as typed (the service cleans them). */
    public List<String> getAliases() {
        return Arrays.stream(getValue().split("\\R")).toList();
    }

    public void setAliases(List<String> aliases) {
        setValue(String.join("\n", aliases));
        setInvalid(false);
    }
}
