package app.neodesk.dashboard.ui;

import app.neodesk.dashboard.WatchTile;
import app.neodesk.quote.PriceFormat;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A tiny inline SVG line of the mids over a calendar period, drawn on the server: no script, no
 * round trip, and it renders with the page. It stretches to the full width of its box
 * ({@code preserveAspectRatio="none"}, the stroke keeps its width), places each mid by its date so
 * gaps show as gaps, and draws in {@code currentColor}, so CSS ({@code .rise}/{@code .fall}, Lumo
 * colours) decides its colour and it follows the theme. The SVG holds only numbers the server computed.
 */
final class Sparkline {

    static final int WIDTH = 300;
    static final int HEIGHT = 40;
    private static final double PAD = 2;

    private Sparkline() {}

    /**
     * The SVG inside a {@code div} that carries the CSS class and the accessible name. The browser
     * parses the SVG itself (as the div's inner HTML), in the SVG namespace and with its mixed-case
     * attributes; the server does not parse it (a {@code Html} component would, on every dashboard).
     */
    static Div of(WatchTile.Period period, List<WatchTile.Point> points, String unit, int scale) {
        var box = new Div();
        box.addClassName("sparkline");
        box.getElement()
                .setAttribute("role", "img")
                .setAttribute("aria-label", label(period, points, unit, scale))
                .setProperty("innerHTML", svg(period, points));
        return box;
    }

    static String svg(WatchTile.Period period, List<WatchTile.Point> points) {
        var sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
        var from = period.from();
        var to = period.to();
        if (from != null && to != null && !points.isEmpty()) {
            double min = points.stream()
                    .mapToDouble(p -> p.mid().doubleValue())
                    .min()
                    .orElse(0);
            double max = points.stream()
                    .mapToDouble(p -> p.mid().doubleValue())
                    .max()
                    .orElse(0);
            double span = max - min == 0 ? 1 : max - min;
            double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
            if (points.size() == 1) {
                var only = points.getFirst();
                sb.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"currentColor\"/>",
                        x(only.date(), from, days),
                        HEIGHT / 2.0));
            } else {
                sb.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\""
                        + " vector-effect=\"non-scaling-stroke\" stroke-linejoin=\"round\" points=\"");
                for (var p : points) {
                    double y = HEIGHT - PAD - (p.mid().doubleValue() - min) / span * (HEIGHT - 2 * PAD);
                    sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p.date(), from, days), y));
                }
                sb.setLength(sb.length() - 1);
                sb.append("\"/>");
            }
        }
        return sb.append("</svg>").toString();
    }

    private static double x(LocalDate date, LocalDate from, double days) {
        double share = Math.clamp(ChronoUnit.DAYS.between(from, date) / days, 0, 1);
        return PAD + share * (WIDTH - 2 * PAD);
    }

    /** "Mids over 3M to 2026-02-11: 63 quotes, from 1,050,000 to 1,085,000 CNY/t" for screen readers. */
    static String label(WatchTile.Period period, List<WatchTile.Point> points, String unit, int scale) {
        if (points.isEmpty()) {
            return "No mids over " + period.label();
        }
        return "Mids over " + period.label() + " to " + period.to() + ": " + points.size()
                + (points.size() == 1
                        ? " quote, " + PriceFormat.price(points.getFirst().mid(), scale)
                        : " quotes, from " + PriceFormat.price(points.getFirst().mid(), scale) + " to "
                                + PriceFormat.price(points.getLast().mid(), scale))
                + " " + unit;
    }
}
