package app.neodesk.catalog.ui;

import app.neodesk.base.ui.EntityForm;
import app.neodesk.catalog.Source;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;

/** A price source: an agency or the desk's own deals. */
public class SourceForm extends EntityForm<Source> {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField url = new TextField("Web address");
    final TextArea notes = new TextArea("Notes");
    final AliasesArea aliases = new AliasesArea();
    private final Function<Source, List<String>> aliasesOf;

    /** @param aliasesOf reads a stored source's aliases (a new source has none) */
    public SourceForm(Function<Source, List<String>> aliasesOf) {
        super(Source.class);
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
    protected void afterRead(Source bean) {
        aliases.setAliases(bean.isNew() ? List.of() : aliasesOf.apply(bean));
    }

    @Override
    protected boolean validateUnbound(Source bean) {
        aliases.setInvalid(false);
        return true;
    }

    @Override
    protected Focusable<?> firstField(Source bean) {
        return code;
    }
}
