package app.neodesk.intake.ui;

import app.neodesk.quote.ImportOptions;
import app.neodesk.quote.ImportPreview;
import app.neodesk.quote.PriceFormat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Steps 3 and 4: the first rows as they will be stored (prices in the product's unit, with the
 * unit) with their status and messages, the totals over the whole file, the import options, and
 * the import itself with its progress. Changing an option previews again.
 */
public class PreviewStep extends VerticalLayout {

    static final String ALL_OR_NOTHING = "All or nothing: any problem stores nothing";
    static final String VALID_ONLY = "Import the valid rows only";

    final RadioButtonGroup<String> mode = new RadioButtonGroup<>("When rows have problems");
    final Checkbox fixMid = new Checkbox("Fix a mid outside low–high as (low+high)/2 (noted in the comment)");
    final Checkbox scaleConfirmed = new Checkbox("The prices are right: import despite the scale warning");
    final Grid<ImportPreview.Row> rows = new Grid<>();
    final Span totals = new Span();
    final Button back = new Button("Back to mapping");
    final Button importButton = new Button("Import");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();

    public PreviewStep(Consumer<ImportOptions> onOptions, Runnable onBack, Consumer<ImportOptions> onImport) {
        addClassName("preview-step");
        setPadding(false);
        mode.setItems(ALL_OR_NOTHING, VALID_ONLY);
        mode.setValue(ALL_OR_NOTHING);
        scaleConfirmed.setTooltipText("Only when you checked the unit: a price ~1,000× the stored level usually means"
                + " 元/吨 went into a CNY/kg product");
        mode.addValueChangeListener(e -> onOptions.accept(options()));
        fixMid.addValueChangeListener(e -> onOptions.accept(options()));
        scaleConfirmed.addValueChangeListener(e -> onOptions.accept(options()));
        configureGrid();
        totals.addClassName("preview-totals");
        back.addClickListener(e -> onBack.run());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("import-button");
        importButton.addClickListener(e -> onImport.accept(options()));
        progress.setVisible(false);
        status.addClassName("import-status");
        add(totals, rows, mode, fixMid, scaleConfirmed, new HorizontalLayout(back, importButton), progress, status);
    }

    private void configureGrid() {
        rows.addColumn(ImportPreview.Row::line)
                .setHeader("Line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> r.date().toString())
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::productCode)
                .setHeader("Product")
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::sourceCode)
                .setHeader("Source")
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> price(r.low()))
                .setHeader("Low")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> price(r.high()))
                .setHeader("High")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> price(r.mid()))
                .setHeader("Mid")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::unit)
                .setHeader("Unit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> status(r.status()))
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(r -> String.join(" · ", r.messages()))
                .setHeader("Messages")
                .setFlexGrow(1);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setHeight("24rem");
    }

    /** 1085000 → "1,085,000", 62.45 → "62.45" (the value's own scale: the preview stores it as shown). */
    static String price(BigDecimal value) {
        return PriceFormat.price(value, Math.max(0, value.scale()));
    }

    static String status(ImportPreview.Status status) {
        return switch (status) {
            case OK -> "OK";
            case WARNING -> "Warning";
            case PROBLEM -> "Problem";
            case IDENTICAL -> "Already stored";
        };
    }

    ImportOptions options() {
        return new ImportOptions(VALID_ONLY.equals(mode.getValue()), fixMid.getValue(), scaleConfirmed.getValue());
    }

    /** Shows a preview: its rows and what the whole file holds. */
    void show(ImportPreview preview) {
        rows.setItems(preview.rows());
        var t = preview.totals();
        totals.setText(t.rows() + " rows in the file: " + t.valid() + " quotes would be stored"
                + (t.withWarnings() > 0 ? " (" + t.withWarnings() + " with a warning)" : "")
                + (t.identical() > 0 ? ", " + t.identical() + " are already stored" : "")
                + (t.withProblems() > 0
                        ? ", " + t.withProblems() + " have problems (" + t.problemCount() + " problems)"
                        : "")
                + ". The first " + preview.rows().size() + " are shown.");
        importButton.setEnabled(true);
        status.setText("");
    }

    /** The import runs: options and buttons are locked, the progress shows. */
    void running() {
        importButton.setEnabled(false);
        back.setEnabled(false);
        setOptionsEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.setText("Importing…");
        status.setClassName("import-status");
    }

    void progress(String phase, long done, long total) {
        if (total > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) done / total));
        }
        status.setText(phase + (total > 0 ? " " + done + " / " + total : "") + "…");
    }

    void failed(String message) {
        progress.setVisible(false);
        importButton.setEnabled(true);
        back.setEnabled(true);
        setOptionsEnabled(true);
        status.setText(message);
        status.setClassName("import-status fall");
    }

    /** While an import runs its options cannot change (a change would preview again and unlock Import). */
    private void setOptionsEnabled(boolean enabled) {
        mode.setEnabled(enabled);
        fixMid.setEnabled(enabled);
        scaleConfirmed.setEnabled(enabled);
    }
}
