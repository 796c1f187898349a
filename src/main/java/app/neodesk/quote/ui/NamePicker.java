package app.neodesk.quote.ui;

import app.neodesk.catalog.NameIndex;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A combo box of catalog items (products or sources) built for typing. The list finds items by
 * code, name or alias; a code or alias typed in full, or a text only one item matches, is taken
 * when the user leaves the field with Tab or presses Enter, without picking it from the list. A
 * text that names nothing (or several items) stays as typed, with a message that says so.
 */
public class NamePicker<T> extends ComboBox<T> {

    private final List<T> items;
    private final NameIndex<T> names;
    private final ItemLabelGenerator<T> labels;
    private final String noun;
    private @Nullable String lastFilter;
    private List<T> lastFound = List.of();
    private boolean focused;

    /**
     * @param noun  what an item is ("product"), for messages
     * @param names the items' codes and aliases
     */
    public NamePicker(String label, String noun, List<T> items, ItemLabelGenerator<T> labels, NameIndex<T> names) {
        super(label);
        this.items = List.copyOf(items);
        this.names = names;
        this.labels = labels;
        this.noun = noun;
        setItemLabelGenerator(labels);
        setItems(this::listed, this.items);
        setAllowCustomValue(true);
        // Typing replaces the shown item instead of being appended to its label.
        getElement().setProperty("autoselect", true);
        setHelperText("Type a code or alias, Tab takes it");
        addCustomValueSetListener(e -> take(e.getDetail()));
        addFocusListener(e -> focused = true);
        addBlurListener(e -> focused = false);
    }

    /** Whether the user is in this field (as far as the server knows). */
    boolean hasFocus() {
        return focused;
    }

    /** Whether the list shows {@code item} for the typed {@code filter}: its label or one of its names contains it. */
    private boolean listed(T item, String filter) {
        if (filter.isBlank() || labelContains(item, filter)) {
            return true;
        }
        if (!filter.equals(lastFilter)) {
            lastFound = names.containing(filter);
            lastFilter = filter;
        }
        return lastFound.contains(item);
    }

    private boolean labelContains(T item, String filter) {
        return labels.apply(item)
                .toLowerCase(Locale.ROOT)
                .contains(filter.strip().toLowerCase(Locale.ROOT));
    }

    /** Takes the item {@code text} names, or shows why there is none; the typed text stays. */
    void take(String text) {
        var found = match(text);
        if (found.item() != null) {
            setValue(found.item());
            setInvalid(false);
            return;
        }
        if (getValue() != null) {
            clear();
        }
        setErrorMessage(found.problem());
        setInvalid(true);
    }

    /** What a typed text means: one item, or a problem. */
    record Match<T>(@Nullable T item, @Nullable String problem) {}

    /**
     * The item a typed text means: the item whose code or alias it is, else the one item whose
     * label or names contain it.
     */
    Match<T> match(String text) {
        var t = text.strip();
        if (t.isEmpty()) {
            return new Match<>(null, "Choose a " + noun);
        }
        var named = names.resolve(t).flatMap(this::listedItem);
        if (named.isPresent()) {
            return new Match<>(named.get(), null);
        }
        var byName = names.containing(t);
        var candidates = items.stream()
                .filter(i -> labelContains(i, t) || byName.contains(i))
                .toList();
        if (candidates.size() == 1) {
            return new Match<>(candidates.getFirst(), null);
        }
        return new Match<>(
                null,
                candidates.isEmpty()
                        ? "No " + noun + " has the code or alias '" + t + "'"
                        : "'" + t + "' fits " + candidates.size() + " " + noun + "s: type more, or pick one with ↓");
    }

    /** The item of this picker's list equal to {@code item} (the index may hold other copies or inactive ones). */
    private Optional<T> listedItem(T item) {
        return items.stream().filter(item::equals).findFirst();
    }
}
