package app.neodesk.note.ui;

import app.neodesk.base.ui.RouteLinks;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.ui.DriversView;
import app.neodesk.note.NoteIntakeService;
import app.neodesk.note.NoteQuoteDraft;
import app.neodesk.note.NoteResult;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.ui.HistoryView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What a confirmation saved, with links to the quotes in the history and the drivers in their list. */
class NoteResultPanel extends Div {

    NoteResultPanel() {
        addClassName("note-result");
    }

    void clear() {
        removeAll();
    }

    void show(NoteResult result, List<NoteQuoteDraft> drafts) {
        removeAll();
        add(new Paragraph("Saved " + result.quotes().size() + " quotes and "
                + result.driverIds().size() + " drivers"
                + (result.unchanged() == 0
                        ? "."
                        : "; " + result.unchanged() + " stored already with the same prices.")));
        result.quotes()
                .forEach(q -> add(new Div(q.key() + " · " + PriceFormat.price(q.low(), q.scale()) + "–"
                        + PriceFormat.price(q.high(), q.scale()) + " · mid " + PriceFormat.price(q.mid(), q.scale())
                        + " "
                        + q.product().getPriceUnitLabel() + (q.corrected() ? " (corrected)" : ""))));
        drafts.stream()
                .filter(d -> !d.include())
                .forEach(d -> add(new Div(
                        "Skipped: " + d.label() + (d.identical() ? " (stored already with these prices)" : ""))));
        var codes = result.quotes().stream()
                .map(q -> q.product().getCode())
                .distinct()
                .sorted()
                .toList();
        var dates = drafts.stream()
                .map(NoteQuoteDraft::date)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        if (!codes.isEmpty()) {
            var history = new Anchor(historyUrl(codes, result.quotes(), dates), "See the quotes in the history");
            history.addClassName("note-history-link");
            add(new Div(history));
        }
        if (!result.driverIds().isEmpty()) {
            var drivers = new Anchor(
                    RouteLinks.url(DriversView.class, QueryParameters.of(DriverFilter.P_TAG, NoteIntakeService.TAG)),
                    "See the drivers");
            drivers.addClassName("note-drivers-link");
            add(new Div(drivers));
        }
    }

    private static String historyUrl(List<String> codes, List<QuoteRow> quotes, List<LocalDate> dates) {
        var query = codes.stream()
                .map(c -> HistoryView.PARAM_PRODUCT + "=" + URLEncoder.encode(c, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var from = quotes.stream()
                .map(QuoteRow::date)
                .min(LocalDate::compareTo)
                .orElse(dates.isEmpty() ? null : dates.getFirst());
        var to = quotes.stream().map(QuoteRow::date).max(LocalDate::compareTo).orElse(null);
        return RouteLinks.url(
                HistoryView.class,
                query
                        + (from == null ? "" : "&" + HistoryView.PARAM_FROM + "=" + from)
                        + (to == null ? "" : "&" + HistoryView.PARAM_TO + "=" + to));
    }
}
