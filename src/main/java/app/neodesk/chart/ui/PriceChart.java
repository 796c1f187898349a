package app.neodesk.chart.ui;

import app.neodesk.chart.RangePreset;
import app.neodesk.chart.ScaleMode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Price chart: lines and low–high bands on one or more price scales, with markers, shaded date
 * spans, a crosshair tooltip and PNG export. Wraps {@code <neodesk-price-chart>}
 * ({@code frontend/components/price-chart.ts}), built on TradingView lightweight-charts (Apache-2.0;
 * the chart shows the required TradingView attribution link).
 *
 * <p><b>Data transfer.</b> Each series is a document the browser fetches over plain HTTP, named by
 * a hash of its content ({@link SeriesDocuments}): the chart sends only the addresses, and the
 * browser keeps a document it has already fetched. Markers and spans, which are small, go as the
 * compact JSON text of {@link ChartPayload} in one JavaScript call per list that parses it and sets
 * the element's property. The server keeps no points and no JSON in the state tree (issue 10
 * measured 8.7 MB per open chart when it did): only the series and marker ids, the first and last
 * date, and the documents it last sent, so that the browser finds them. A chart that is detached
 * and attached again asks its {@link #setReloader reloader} to set its data again; without one it
 * shows the empty message. Commands (visible range, PNG export) are {@code callJsFunction} calls;
 * the last visible range is sent again on re-attach.
 *
 * <p>The default height is 400 px; use {@link #setHeight(String)} to change it. Width follows the
 * container.
 */
@Tag("neodesk-price-chart")
@NpmPackage(value = "lightweight-charts", version = "5.2.1")
@JsModule("./components/price-chart.ts")
public class PriceChart extends Component implements HasSize {

    /** Sets a small list (markers, spans) from its JSON text. */
    private static final String PARSE = "this[$1] = JSON.parse($0)";

    private List<String> seriesIds = List.of();
    /** The documents of the series last set: held so that this node keeps them while the chart shows them. */
    private List<SeriesDocuments.SeriesDocument> documents = List.of();

    private List<String> markerIds = List.of();
    private @Nullable LocalDate firstDate;
    private @Nullable LocalDate lastDate;
    private @Nullable Runnable reloader;
    /** Whether the element in the browser has (or will get, on attach) the data of the last set calls. */
    private boolean delivered;

    private @Nullable LocalDate visibleFrom;
    private @Nullable LocalDate visibleTo;
    private boolean showAll;
    private ScaleMode scaleMode = ScaleMode.LINEAR;
    /** The data calls not yet sent, per property: a newer list replaces an unsent older one. */
    private final Map<String, PendingJavaScriptResult> unsent = new HashMap<>();

    public PriceChart() {
        // The browser element starts with empty lists (the empty message); nothing to send.
    }

    /**
     * Replaces all series and sends them to the browser; the chart keeps only their ids and the first
     * and last date. Series ids must be unique. An empty list shows the empty message.
     */
    public void setSeries(List<ChartSeries> series) {
        long distinct = series.stream().map(ChartSeries::id).distinct().count();
        if (distinct != series.size()) {
            throw new IllegalArgumentException("series ids must be unique within one chart");
        }
        seriesIds = series.stream().map(ChartSeries::id).toList();
        firstDate = series.stream()
                .filter(s -> !s.isEmpty())
                .map(s -> s.points().getFirst().date())
                .min(LocalDate::compareTo)
                .orElse(null);
        lastDate = series.stream()
                .filter(s -> !s.isEmpty())
                .map(s -> s.points().getLast().date())
                .max(LocalDate::compareTo)
                .orElse(null);
        documents = series.stream().map(SeriesDocuments::of).toList();
        var paths = JsonMapper.shared().createArrayNode();
        documents.forEach(d -> paths.add(SeriesDocuments.path(d)));
        send("series", "this.loadSeries(JSON.parse($0))", paths.toString());
    }

    /** The ids of the series last set, in order (the points are in the browser only). */
    public List<String> getSeriesIds() {
        return seriesIds;
    }

    /** The addresses the browser was given for the series last set, relative to the application's root. */
    List<String> getSeriesPaths() {
        return documents.stream().map(SeriesDocuments::path).toList();
    }

    /** The first date of any series last set; empty when no series has a point. */
    public Optional<LocalDate> getFirstDate() {
        return Optional.ofNullable(firstDate);
    }

    /** The last date of any series last set; empty when no series has a point. */
    public Optional<LocalDate> getLastDate() {
        return Optional.ofNullable(lastDate);
    }

    /** Replaces all markers (drivers, specification changes) and sends them to the browser. */
    public void setMarkers(List<ChartMarker> markers) {
        markerIds = markers.stream().map(ChartMarker::id).toList();
        send("markers", PARSE, ChartPayload.markers(markers));
    }

    /** The ids of the markers last set. */
    public List<String> getMarkerIds() {
        return markerIds;
    }

    /** Replaces all shaded date ranges and single-date vertical lines and sends them to the browser. */
    public void setSpans(List<ChartSpan> spans) {
        send("spans", PARSE, ChartPayload.spans(spans));
    }

    /**
     * Sets what re-creates the data when the chart is attached again after a detach (e.g. navigating
     * away and back to a kept view): it calls {@link #setSeries}, {@link #setMarkers} and {@link
     * #setSpans} again, typically from the service. Not called on the first attach when the data was
     * set before it.
     */
    public void setReloader(@Nullable Runnable reloader) {
        this.reloader = reloader;
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
        if (firstDate != null && lastDate != null) {
            setVisibleRange(preset.from(lastDate, firstDate), lastDate);
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
        // The browser element is new after a re-attach and the server kept no data: load it again.
        if (!delivered && reloader != null) {
            reloader.run();
        }
        delivered = true;
        // JS calls made before a detach are lost on re-attach. Resend the range.
        if (visibleFrom != null && visibleTo != null) {
            sendVisibleRange();
        } else if (showAll) {
            getElement().callJsFunction("fitAll");
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        delivered = false;
        documents = List.of(); // a new element after a re-attach: the reloader sets them again
    }

    /**
     * Sends a list to the element in the browser only. A JavaScript call made while detached runs on
     * the next attach; its argument is dropped once sent, so the server does not keep it. Live updates
     * may set the same list again before the browser fetched the last one (pushed changes wait in the
     * UI while push is down or the client is slow): the unsent older call is cancelled, so at most one
     * copy of each list waits.
     *
     * @param list   the element's property: "series", "markers" or "spans"
     * @param script the call, with the JSON text as {@code $0} and the property's name as {@code $1}
     */
    private void send(String list, String script, String json) {
        unsent.values().removeIf(PendingJavaScriptResult::isSentToBrowser); // keep no sent data
        var older = unsent.get(list);
        if (older != null) {
            older.cancelExecution(); // not sent yet (no push, a slow client): only the newest list matters
        }
        unsent.put(list, getElement().executeJs(script, json, list));
        delivered = true;
    }

    private void sendVisibleRange() {
        if (visibleFrom != null && visibleTo != null && isAttached()) {
            getElement()
                    .callJsFunction(
                            "setVisibleRange", ChartPayload.epochDay(visibleFrom), ChartPayload.epochDay(visibleTo));
        }
    }
}
