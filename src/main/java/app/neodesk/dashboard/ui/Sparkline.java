package app.neodesk.dashboard.ui;

import com.vaadin.flow.component.Html;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A tiny inline SVG line of the last mids, drawn on the server: no script, no round trip, and it
 * renders with the page. The SVG holds only numbers the server computed.
 */
final class Sparkline {

    static final int WIDTH = 160;
    static final int HEIGHT = 36;

    private Sparkline() {
    }

    static Html of(List<BigDecimal> values) {
        return new Html(svg(values));
    }

    static String svg(List<BigDecimal> values) {
        var sb = new StringBuilder("<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"Last ").append(values.size())
                .append(" mids\">");
        if (values.size() >= 2) {
            double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            double span = max - min == 0 ? 1 : max - min;
            sb.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"");
            for (int i = 0; i < values.size(); i++) {
                double x = i * (WIDTH - 2.0) / (values.size() - 1) + 1;
                double y = HEIGHT - 2 - (values.get(i).doubleValue() - min) / span * (HEIGHT - 4);
                sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            sb.append("\"/>");
        }
        return sb.append("</svg>").toString();
    }
}
