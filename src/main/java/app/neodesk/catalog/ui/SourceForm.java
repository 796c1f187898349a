package app.neodesk.catalog.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.RecordForm;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceData;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.LongFunction;

/** A price source: an agency or the desk's own deals. */
public class SourceForm extends RecordForm<SourceData> {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField url = new TextField("Web address");
    final TextArea notes = new TextArea("Notes");
    final AliasesArea aliases = new AliasesArea();
    private final LongFunction<List<String>> aliasesOf;

    /** @param aliasesOf reads a stored source's aliases by its id (a new source has none) */
    public SourceForm(LongFunction<List<String>> aliasesOf) {
        super(SourceData.class);
        this.aliasesOf = aliasesOf;
        code.setMaxLength(Source.CODE_MAX_LENGTH);
        code.setHelperText("Lowercase, e.g. smm. Used in imports.");
        name.setMaxLength(Source.NAME_MAX_LENGTH);
        url.setMaxLength(Source.URL_MAX_LENGTH);
        url.setPlaceholder("https://");
        notes.setMaxLength(Source.NOTES_MAX_LENGTH);
        notes.setHelperText("E.g. publication time, methodology, licence");
        keepEnterInside(notes);
        unboundField("aliases", aliases);
        keepEnterInside(aliases);

        // Empty input breaks two constraints; name the one that helps.
        binder.forField(code).asRequired("Enter a code").bind("code");
        binder.forField(name).bind("name");
        // Optional: an empty field means no address (not an empty one that breaks the pattern).
        binder.forField(url).withNullRepresentation("").bind("url");
        binder.forField(notes).withNullRepresentation("").bind("notes");

        var layout = getContent();
        layout.add(code, name, url, notes, aliases);
        layout.setColspan(url, 2);
        layout.setColspan(notes, 2);
        layout.setColspan(aliases, 2);
    }

    /** The aliases typed, one per line (cleaned and checked by the service). */
    public List<String> getAliases() {
        return aliases.getAliases();
    }

    @Override
    protected void afterRead(Editing<SourceData> value) {
        var id = value.id();
        aliases.setAliases(id == null ? List.of() : aliasesOf.apply(id));
    }

    @Override
    protected Focusable<?> firstField(Editing<SourceData> value) {
        return code;
    }
}
