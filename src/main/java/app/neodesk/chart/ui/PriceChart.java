package app.neodesk.chart.ui;

import app.neodesk.chart.RangePreset;
import app.neodesk.chart.ScaleMode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.Locale;

/**
 * Price chart: lines and low–high bands on one or more price scales, with markers, shaded date
 * spans, a crosshair tooltip and PNG export. Wraps {@code <neodesk-price-chart>}
 * ({@code frontend/components/price-chart.ts}), built on TradingView lightweight-charts (Apache-2.0;
 * the chart shows the required TradingView attribution link).
 *
 * <p><b>Data transfer.</b> Series, markers and spans are element properties holding the compact JSON
 * of {@link ChartPayload}: one property write per call, no round trip per point. Being properties,
 * they survive detach and re-attach. Commands (visible range, PNG export) are {@code callJsFunction}
 * calls; the last visible range is sent again on re-attach.
 *
 * <p>The default height is 400 px; use {@link #setHeight(String)} to change it. Width follows the
 * container.
 */
@Tag("neodesk-price-chart")
@NpmPackage(value = "lightweight-charts", version = "5.2.1")
@JsModule("./components/price-chart.ts")
public class PriceChart extends Component implements HasSize {

    private List<ChartSeries> series = List.of();
    private List<ChartMarker> markers = List.of();
    private List<ChartSpan> spans = List.of();
    private @Nullable LocalDate visibleFrom;
    private @Nullable LocalDate visibleTo;
    private boolean showAll;
    private ScaleMode scaleMode = ScaleMode.LINEAR;

    public PriceChart() {
        setSeries(List.of());
        setMarkers(List.of());
        setSpans(List.of());
    }

    /** Replaces all series. Series ids must be unique. An empty list shows the empty message. */
    public void setSeries(List<ChartSeries> series) {
        long distinct = series.stream().map(ChartSeries::id).distinct().count();
        if (distinct != series.size()) {
            throw new IllegalArgumentException("series ids must be unique within one chart");
        }
        this.series = List.copyOf(series);
        getElement().setPropertyJson("series", ChartPayload.series(this.series));
    }

    public List<ChartSeries> getSeries() {
        return series;
    }

    /** Replaces all markers (drivers, specification changes). */
    public void setMarkers(List<ChartMarker> markers) {
        this.markers = List.copyOf(markers);
        getElement().setPropertyJson("markers", ChartPayload.markers(this.markers));
    }

    public List<ChartMarker> getMarkers() {
        return markers;
    }

    /** Replaces all shaded date ranges and single-date vertical lines. */
    public void setSpans(List<ChartSpan> spans) {
        this.spans = List.copyOf(spans);
        getElement().setPropertyJson("spans", ChartPayload.spans(this.spans));
    }

    public List<ChartSpan> getSpans() {
        return spans;
    }

    /**
     * Shows the dates from {@code from} to {@code to}, inclusive. The range is kept in the browser
     * and applied again after {@link #setSeries} until {@link #fitAll()} is called.
     */
    public void setVisibleRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("visible range ends on " + to + " before it starts on " + from);
        }
        this.visibleFrom = from;
        this.visibleTo = to;
        this.showAll = false;
        sendVisibleRange();
    }

    /**
     * Shows a preset range ending at the latest date of the current series and never starting
     * before the earliest one. Does nothing when there is no data.
     */
    public void showPreset(RangePreset preset) {
        Optional<LocalDate> earliest = series.stream()
                .flatMap(s -> s.points().stream())
                .map(ChartPoint::date)
                .min(LocalDate::compareTo);
        Optional<LocalDate> latest = series.stream()
                .flatMap(s -> s.points().stream())
                .map(ChartPoint::date)
                .max(LocalDate::compareTo);
        if (earliest.isPresent() && latest.isPresent()) {
            setVisibleRange(preset.from(latest.get(), earliest.get()), latest.get());
        }
    }

    /**
     * Forgets the visible range and shows all data, from the first point to the last, however many
     * (the browser lowers the minimum bar spacing as needed). Sent again on re-attach.
     */
    public void fitAll() {
        visibleFrom = null;
        visibleTo = null;
        showAll = true;
        getElement().callJsFunction("fitAll");
    }

    /** Whether the chart shows all its data ({@link #fitAll()}) rather than a set range. */
    public boolean isShowingAll() {
        return showAll;
    }

    public Optional<LocalDate> getVisibleFrom() {
        return Optional.ofNullable(visibleFrom);
    }

    public Optional<LocalDate> getVisibleTo() {
        return Optional.ofNullable(visibleTo);
    }

    /**
     * Makes the browser download the chart as a PNG file (chart canvas plus legend and the
     * TradingView attribution).
     *
     * @param fileName e.g. {@code "nd-metal-2026-02-11.png"}; ".png" is appended when missing
     */
    public void exportPng(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String name = fileName.isBlank() ? "chart.png" : fileName.strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".png")) {
            name = name + ".png";
        }
        getElement().callJsFunction("exportPng", name);
    }

    /**
     * How the price axes map prices: linear, logarithmic, or % change from the first visible point
     * of each series (all series on one axis). A property, so it survives detach and re-attach.
     */
    public void setScaleMode(ScaleMode mode) {
        this.scaleMode = Objects.requireNonNull(mode, "mode");
        getElement().setProperty("scaleMode", mode.code());
    }

    public ScaleMode getScaleMode() {
        return scaleMode;
    }

    /** The message shown when no series has a point. Default: "No quotes in this range". */
    public void setEmptyMessage(String message) {
        getElement().setProperty("emptyMessage", Objects.requireNonNull(message, "message"));
    }

    /** Listens for clicks on markers and spans; the event carries the clicked id. */
    public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
        return addListener(MarkerClickEvent.class, listener);
    }

    /** Listens for changes of the visible date range (debounced in the browser). */
    public Registration addVisibleRangeChangeListener(ComponentEventListener<VisibleRangeChangeEvent> listener) {
        return addListener(VisibleRangeChangeEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // JS calls made while detached are lost on re-attach; properties are not. Resend the range.
        if (visibleFrom != null && visibleTo != null) {
            sendVisibleRange();
        } else if (showAll) {
            getElement().callJsFunction("fitAll");
        }
    }

    private void sendVisibleRange() {
        if (visibleFrom != null && visibleTo != null && isAttached()) {
            getElement()
                    .callJsFunction(
                            "setVisibleRange", ChartPayload.epochDay(visibleFrom), ChartPayload.epochDay(visibleTo));
        }
    }
}
