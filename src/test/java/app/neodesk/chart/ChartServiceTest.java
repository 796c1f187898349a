package app.neodesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ValidationException;
import app.neodesk.chart.ui.ChartComposer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Chart data from stored quotes: the product's scale, changes as in the history, visible drivers only. */
@NeodeskSpringTest
class ChartServiceTest {

    @Autowired
    ChartService charts;

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void seedQuotesArriveAtTheProductScaleWithTheirChange() {
        var data = charts.load(ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "range", List.of("All"))));
        var series = data.series().getFirst();
        assertThat(series.source().getCode()).as("the product's main source").isEqualTo("yangtze");
        assertThat(series.points())
                .extracting(PricePoint::date)
                .containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 11));
        var last = series.points().getLast();
        assertThat(last.mid())
                .isEqualTo(new BigDecimal("1085000"))
                .extracting(BigDecimal::scale)
                .isEqualTo(0);
        assertThat(series.changes().getFirst().change())
                .as("no previous quote: empty, never 0")
                .isNull();
        assertThat(series.changes().getLast().change()).isEqualByComparingTo("35000");
        assertThat(series.changes().getLast().changePercent()).isEqualByComparingTo("3.33");
        assertThat(data.drivers()).as("the seed note's drivers are markers").isNotEmpty();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void spreadOfMetalAndOxideUsesMetalContentWhenAsked() {
        var state = ChartState.parse(Map.of(
                "products",
                List.of("nd-metal-cn,nd-oxide-cn"),
                "mode",
                List.of("spread"),
                "range",
                List.of("All"),
                "metal",
                List.of("true")));
        var picture = ChartComposer.compose(charts.load(state));
        var spread = picture.series().getFirst();
        assertThat(spread.id()).isEqualTo("spread");
        // 1,085,000 − 905,000 / 0.8574 on 2026-02-11
        assertThat(spread.points().getLast().mid()).isEqualByComparingTo("29483.32");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void unknownProductIsAClearError() {
        assertThatThrownBy(() -> charts.load(ChartState.defaults(List.of("xx-metal"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Unknown product 'xx-metal'");
    }

    @Test
    void anonymousCannotLoadCharts() {
        assertThatThrownBy(() -> charts.load(ChartState.defaults(List.of("nd-metal-cn"))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
