package app.neodesk.chart.ui;

import app.neodesk.base.ui.ExcelDownload;
import app.neodesk.chart.ChartMode;
import app.neodesk.chart.ChartState;
import app.neodesk.chart.RangePreset;
import app.neodesk.chart.ScaleMode;
import app.neodesk.driver.ui.DriverEditView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The chart's actions: range presets, log and % toggles, PNG and CSV export, and a link to annotate
 * the last shown day. On a phone they wrap ({@code .chart-actions} in styles.css) instead of
 * running off-screen.
 */
final class ChartToolbar extends HorizontalLayout {

    final Map<RangePreset, Button> rangeButtons = new EnumMap<>(RangePreset.class);
    final Button logScale = new Button("Log");
    final Button percent = new Button("%");
    private final Anchor annotate = new Anchor("", "Annotate");

    /**
     * @param state the view's current state
     * @param changed called with the state the user asks for
     */
    ChartToolbar(
            Supplier<ChartState> state,
            Consumer<ChartState> changed,
            Runnable png,
            DownloadHandler csv,
            DownloadHandler xlsx) {
        var ranges = new HorizontalLayout();
        ranges.setSpacing(false);
        ranges.addClassName("range-presets");
        for (var preset : RangePreset.values()) {
            var button =
                    new Button(preset.code(), e -> changed.accept(state.get().withRange(preset)));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rangeButtons.put(preset, button);
            ranges.add(button);
        }
        // Toggles: pressing the active one goes back to linear axes.
        logScale.addClickListener(e -> changed.accept(
                state.get().withScale(state.get().scale() == ScaleMode.LOG ? ScaleMode.LINEAR : ScaleMode.LOG)));
        percent.addClickListener(e -> changed.accept(state.get()
                .withScale(state.get().scale() == ScaleMode.PERCENT ? ScaleMode.LINEAR : ScaleMode.PERCENT)));
        logScale.setTooltipText("Logarithmic price axis");
        logScale.setAriaLabel("Log scale");
        percent.setTooltipText("% change from the first visible quote, all series on one axis");
        percent.setAriaLabel("% change");
        var scales = new HorizontalLayout(logScale, percent);
        scales.setSpacing(false);
        scales.addClassName("scale-toggles");
        for (var toggle : List.of(logScale, percent)) {
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        var pngButton = new Button("PNG", e -> png.run());
        pngButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var exportCsv = new Anchor(csv, AttachmentType.DOWNLOAD, "CSV");
        exportCsv.addClassName("export-link");
        var exportXlsx = new Anchor(xlsx, AttachmentType.DOWNLOAD, ExcelDownload.LABEL);
        exportXlsx.addClassNames("export-link", ExcelDownload.CLASS_NAME);
        annotate.addClassName("annotate-link");
        add(ranges, scales, pngButton, exportCsv, exportXlsx, annotate);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("chart-actions");
    }

    /** Shows {@code state}: its range and scale pressed, and the annotate link for the last shown day. */
    void reflect(ChartState state, @Nullable LocalDate shownTo) {
        rangeButtons.forEach((preset, button) -> {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (preset == state.range()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        var spread = state.mode() == ChartMode.SPREAD;
        reflectToggle(logScale, state.scale() == ScaleMode.LOG, spread);
        reflectToggle(percent, state.scale() == ScaleMode.PERCENT, spread);
        var first = state.productCodes().isEmpty() ? null : state.productCodes().getFirst();
        annotate.setVisible(first != null && shownTo != null);
        if (first != null && shownTo != null) {
            annotate.setHref(DriverEditView.link(first, shownTo));
        }
    }

    /** A pressed toggle is primary and says so to screen readers; spreads (which cross 0) have neither. */
    private static void reflectToggle(Button toggle, boolean pressed, boolean unavailable) {
        toggle.setEnabled(!unavailable);
        toggle.getElement().setAttribute("aria-pressed", Boolean.toString(pressed && !unavailable));
        toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (pressed && !unavailable) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
