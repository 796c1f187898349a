package app.neodesk.chart.ui;

import com.vaadin.flow.component.UI;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@link PriceChart} sent to its browser element since the last call: the JSON of each
 * property, parsed as the browser parses it ({@code series}, {@code markers}, {@code spans}) set by a JavaScript call, the last one
 * per property. Runs the tasks Vaadin runs before a response, then takes the UI's pending calls, as
 * writing the response would.
 */
public final class SentToChart {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private SentToChart() {}

    public static Map<String, JsonNode> drain(PriceChart chart) {
        UI ui = chart.getUI().orElseThrow(() -> new IllegalStateException("the chart is not attached"));
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var sent = new HashMap<String, JsonNode>();
        for (var pending : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            if (pending.getOwner() != chart.getElement().getNode()) {
                continue;
            }
            var parameters = pending.getInvocation().getParameters();
            if (!pending.getInvocation().getExpression().contains("JSON.parse")) {
                continue;
            }
            for (int i = 0; i + 1 < parameters.size(); i++) {
                if (parameters.get(i) instanceof String property && parameters.get(i + 1) instanceof String json) {
                    sent.put(property, MAPPER.readTree(json)); // parsed as the browser does
                }
            }
        }
        return sent;
    }
}
