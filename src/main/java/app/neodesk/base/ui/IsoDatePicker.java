package app.neodesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;



/**
 * A date picker that shows and parses ISO dates (2026-02-11), as the rest of the app writes them,
 * whatever the browser's locale, with Monday as the first day of the week.
 */
public class IsoDatePicker extends DatePicker {

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

}
