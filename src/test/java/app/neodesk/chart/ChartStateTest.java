package app.neodesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.base.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChartStateTest {

    @Test
    void readsTheDocumentedUrl() {
        var state = ChartState.parse(Map.of(
                "products", List.of("nd-metal-cn,nd-oxide-cn"), "mode", List.of("spread"), "range", List.of("1Y")));
        assertThat(state.productCodes()).containsExactly("nd-metal-cn", "nd-oxide-cn");
        assertThat(state.mode()).isEqualTo(ChartMode.SPREAD);
        assertThat(state.range()).isEqualTo(RangePreset.ONE_YEAR);
        assertThat(state.sourceCode()).isNull();
        assertThat(state.metalContent()).isFalse();
    }

    @Test
    void defaultsAreAbsoluteOneYear() {
        var state = ChartState.parse(Map.of("products", List.of("nd-metal-cn")));
        assertThat(state.mode()).isEqualTo(ChartMode.ABSOLUTE);
        assertThat(state.range()).isEqualTo(RangePreset.ONE_YEAR);
    }

    @Test
    void stateRoundTripsThroughTheQuery() {
        var state = new ChartState(
                List.of("nd-metal-cn", "nd-oxide-cn"), "yangtze", ChartMode.SPREAD, RangePreset.ALL, true);
        var query = state.toQuery();
        assertThat(query)
                .containsEntry("products", "nd-metal-cn,nd-oxide-cn")
                .containsEntry("range", "All")
                .containsEntry("metal", "true");
        var reparsed = ChartState.parse(
                query.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        assertThat(reparsed).isEqualTo(state);
    }

    @Test
    void scaleModeRoundTripsThroughTheQueryAndLinearIsLeftOut() {
        var state = ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "scale", List.of("LOG")));
        assertThat(state.scale()).isEqualTo(ScaleMode.LOG);
        assertThat(state.toQuery()).containsEntry("scale", "log");
        assertThat(state.withScale(ScaleMode.PERCENT).toQuery()).containsEntry("scale", "percent");
        assertThat(state.withScale(ScaleMode.LINEAR).toQuery()).doesNotContainKey("scale");
        assertThat(ChartState.defaults(List.of("nd-metal-cn")).scale()).isEqualTo(ScaleMode.LINEAR);
    }

    @Test
    void spreadIsAlwaysDrawnOnLinearAxes() {
        var spread = ChartState.parse(Map.of(
                "products", List.of("nd-metal-cn,nd-oxide-cn"), "mode", List.of("spread"), "scale", List.of("log")));
        assertThat(spread.scale()).isEqualTo(ScaleMode.LOG);
        assertThat(spread.effectiveScale()).isEqualTo(ScaleMode.LINEAR);
        assertThat(spread.withMode(ChartMode.ABSOLUTE).effectiveScale()).isEqualTo(ScaleMode.LOG);
    }

    @Test
    void unknownScaleIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "scale", List.of("sqrt"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Unknown scale 'sqrt'")
                .hasMessageContaining("linear, log, percent");
    }

    @Test
    void aLongUnknownScaleIsShortenedInTheMessage() {
        var scale = "x".repeat(500);
        assertThatThrownBy(() -> ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "scale", List.of(scale))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Unknown scale '" + "x".repeat(40) + "…'")
                .hasMessageNotContaining(scale);
    }

    @Test
    void badParametersAreRefusedWithAMessageNamingThem() {
        assertThatThrownBy(() -> ChartState.parse(Map.of("products", List.of("ND METAL"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'ND METAL' is not a product code");
        assertThatThrownBy(() -> ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "range", List.of("2W"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Unknown range preset '2W'");
        assertThatThrownBy(() -> ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "mode", List.of("pie"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Unknown chart mode 'pie'");
        assertThatThrownBy(
                        () -> ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "mode", List.of("spread"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("exactly two products");
        assertThatThrownBy(() -> ChartState.parse(Map.of("products", List.of("a,b,c,d,e,f,g"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 6");
        assertThatThrownBy(
                        () -> ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "metal", List.of("maybe"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("metal must be true or false");
        assertThatThrownBy(() ->
                        ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "range", List.of("1M", "1Y"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("only once");
    }

    @Test
    void hugeParameterIsAbbreviatedInTheMessage() {
        var huge = "x".repeat(10_000);
        assertThatThrownBy(() ->
                        ChartState.parse(Map.of("products", List.of("nd-metal-cn"), "source", List.of(huge + "!"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }
}
