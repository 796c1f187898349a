package app.neodesk.catalog.ui;

import app.neodesk.base.ui.EntityForm;
import app.neodesk.catalog.Source;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A price source: an agency or the desk's own deals. */
public class SourceForm extends EntityForm<Source> {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField url = new TextField("Web address");
    final TextArea notes = new TextArea("Notes");

    public SourceForm() {
        super(Source.class);
        code.setMaxLength(Source.CODE_MAX_LENGTH);
        code.setHelperText("Lowercase, e.g. smm. Used in imports.");
        name.setMaxLength(Source.NAME_MAX_LENGTH);
        url.setMaxLength(Source.URL_MAX_LENGTH);
        url.setPlaceholder("https://");
        notes.setMaxLength(Source.NOTES_MAX_LENGTH);
        notes.setHelperText("E.g. publication time, methodology, licence");
        keepEnterInside(notes);

        // Empty input breaks two constraints; name the one that helps.
        binder.forField(code).asRequired("Enter a code").bind("code");
        binder.forField(name).bind("name");
        // Optional: an empty field means no address (not an empty one that breaks the pattern).
        binder.forField(url).withNullRepresentation("").bind("url");
        binder.forField(notes).withNullRepresentation("").bind("notes");

        var layout = getContent();
        layout.add(code, name, url, notes);
        layout.setColspan(url, 2);
        layout.setColspan(notes, 2);
    }

    @Override
    protected Focusable<?> firstField(Source bean) {
        return code;
    }
}
