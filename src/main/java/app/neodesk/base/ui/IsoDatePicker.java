package app.neodesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that shows and parses ISO dates (2026-02-11), as the rest of the app writes them,
 * whatever the browser's locale, with Monday as the first day of the week.
 */
public class IsoDatePicker extends DatePicker {

    /** With the calendar closed, Esc keeps what was typed (the picker would undo it). */
    private static final String KEEP_TYPED_ON_ESCAPE = """
            if (!this.__neodeskKeepOnEscape) {
              this.__neodeskKeepOnEscape = true;
              this.addEventListener('keydown', e => {
                if (e.key === 'Escape' && !this.opened) { e.stopPropagation(); }
              }, true);
            }""";

    public IsoDatePicker() {
        var i18n = new DatePickerI18n();
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/MM/dd", "dd.MM.yyyy");
        i18n.setFirstDayOfWeek(1);
        setI18n(i18n);
        setPlaceholder("yyyy-mm-dd");
    }

    public IsoDatePicker(String label) {
        this();
        setLabel(label);
    }

    /**
     * Made for typing dates in a row: typing does not open the calendar (↓ or the calendar button
     * does), so Tab goes on to the next field with the typed date and Enter takes it; Esc keeps a
     * typed date; focusing the field selects its text, so a new date replaces the old one.
     */
    public IsoDatePicker forTyping() {
        setAutoOpen(false);
        getElement().setProperty("autoselect", true);
        addAttachListener(e -> getElement().executeJs(KEEP_TYPED_ON_ESCAPE));
        return this;
    }
}
