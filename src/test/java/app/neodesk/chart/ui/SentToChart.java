package app.neodesk.chart.ui;

import com.vaadin.flow.component.UI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@link PriceChart} sent to its browser element since the last call: the JSON of each
 * property, parsed as the browser parses it ({@code series}, {@code markers}, {@code spans}) set by a
 * JavaScript call, the last one per property. The series are read from the documents whose addresses
 * the chart sent, as the browser fetches them. Runs the tasks Vaadin runs before a response, then takes the UI's pending calls, as
 * writing the response would.
 */
public final class SentToChart {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> LISTS = Set.of("series", "markers", "spans");

    private SentToChart() {}

    public static Map<String, JsonNode> drain(PriceChart chart) {
        UI ui = chart.getUI().orElseThrow(() -> new IllegalStateException("the chart is not attached"));
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var sent = new HashMap<String, JsonNode>();
        for (var pending : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            if (pending.getOwner() != chart.getElement().getNode()) {
                continue;
            }
            var invocation = pending.getInvocation();
            if (!invocation.getExpression().contains("JSON.parse")) {
                continue;
            }
            String property = null;
            String json = null;
            for (Object parameter : invocation.getParameters()) {
                if (parameter instanceof String text) {
                    if (LISTS.contains(text)) {
                        property = text;
                    } else {
                        json = text;
                    }
                }
            }
            if (property == null || json == null) {
                continue;
            }
            var parsed = MAPPER.readTree(json); // parsed as the browser does
            if (invocation.getExpression().contains("this.loadSeries(")) {
                // The addresses of the series documents: the browser fetches them, the test reads them.
                var series = MAPPER.createArrayNode();
                for (var path : parsed) {
                    String key = path.asString().substring(path.asString().lastIndexOf('/') + 1);
                    var document = SeriesDocuments.find(key)
                            .orElseThrow(() -> new IllegalStateException("no series document " + path));
                    series.add(MAPPER.readTree(document.json()));
                }
                parsed = series;
            }
            sent.put(property, parsed);
        }
        return sent;
    }
}
