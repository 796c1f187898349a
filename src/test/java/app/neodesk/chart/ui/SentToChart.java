package app.neodesk.chart.ui;

import com.vaadin.flow.component.UI;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a {@link PriceChart} sent to its browser element since the last call: the JSON of each
 * property ({@code series}, {@code markers}, {@code spans}) set by a JavaScript call, the last one
 * per property. Runs the tasks Vaadin runs before a response, then takes the UI's pending calls, as
 * writing the response would.
 */
public final class SentToChart {

    private SentToChart() {
    }

    public static Map<String, JsonNode> drain(PriceChart chart) {
        UI ui = chart.getUI().orElseThrow(() -> new IllegalStateException("the chart is not attached"));
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var sent = new HashMap<String, JsonNode>();
        for (var pending : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            if (pending.getOwner() != chart.getElement().getNode()) {
                continue;
            }
            var parameters = pending.getInvocation().getParameters();
            for (int i = 0; i + 1 < parameters.size(); i++) {
                if (parameters.get(i) instanceof String property && parameters.get(i + 1) instanceof JsonNode json) {
                    sent.put(property, json);
                }
            }
        }
        return sent;
    }
}
