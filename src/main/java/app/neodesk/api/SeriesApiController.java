package app.neodesk.api;

import app.neodesk.api.ApiJson.SeriesJson;
import app.neodesk.api.ApiJson.SeriesResponse;
import app.neodesk.chart.PricePoint;
import app.neodesk.chart.SeriesMath;
import app.neodesk.quote.QuoteService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The chart's series, column-wise, as the chart reads them from the quote service. */
@RestController
@RequestMapping(value = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chart series")
class SeriesApiController {

    static final int MAX_PRODUCTS = 6;

    private final QuoteService quotes;
    private final ApiParams params;
    private final Clock clock;

    SeriesApiController(QuoteService quotes, ApiParams params, Clock clock) {
        this.quotes = quotes;
        this.params = params;
        this.clock = clock;
    }

    @GetMapping("/series")
    @Operation(
            summary = "Price series of up to 6 products, column-wise, oldest first",
            description =
                    "Each product from 'source' or its main source. basis=absolute (default) gives prices at the"
                            + " product's scale; basis=rebased indexes low, mid and high to 100 at the first quote in the range.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SeriesResponse.class),
                                            examples = @ExampleObject(name = "Nd metal", value = """
                            {"basis":"absolute","from":"2025-12-30","to":"2025-12-31","series":[{"product":"nd-metal-cn",
                            "source":"yangtze","unit":"CNY/t","currency":"CNY","dates":["2025-12-30","2025-12-31"],
                            "mid":[1085000,1085000],"low":[1080000,1080000],"high":[1090000,1090000]}]}"""))))
    SeriesResponse series(
            @Parameter(description = "product codes, comma-separated (1 to 6)", example = "nd-metal-cn,prnd-oxide-cn")
                    @RequestParam(required = false)
                    @Nullable
                    String products,
            @Parameter(description = "source code; none for each product's main source", example = "yangtze")
                    @RequestParam(required = false)
                    @Nullable
                    String source,
            @Parameter(example = "2025-01-01") @RequestParam(required = false) @Nullable String from,
            @Parameter(example = "2025-12-31") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "absolute (default) or rebased", example = "absolute")
                    @RequestParam(required = false)
                    @Nullable
                    String basis) {
        var chosen = params.products("products", products);
        if (chosen.isEmpty() || chosen.size() > MAX_PRODUCTS) {
            throw ApiException.badParameter(
                    "products", "Name 1 to " + MAX_PRODUCTS + " product codes, comma-separated");
        }
        boolean rebased = switch (basis == null || basis.isBlank() ? "absolute" : basis.strip()) {
            case "absolute" -> false;
            case "rebased" -> true;
            default -> throw ApiException.badParameter("basis", "'basis' is absolute or rebased");
        };
        var fixed = params.source(source);
        var f = ApiParams.date("from", from);
        var t = ApiParams.date("to", to);
        ApiParams.range(f, t);
        var start = f != null ? f : quotes.earliestDate();
        var end = t != null ? t : LocalDate.now(clock);
        var result = new ArrayList<SeriesJson>();
        for (var product : chosen) {
            var s = fixed != null ? fixed : product.getMainSource();
            if (s == null) {
                throw ApiException.badParameter(
                        "source", "Product '" + product.getCode() + "' has no main source: name a source");
            }
            int scale = product.getPriceScale();
            List<PricePoint> points = quotes.points(product.requireId(), s.requireId(), start, end).stream()
                    .map(p -> new PricePoint(
                            p.date(),
                            ApiJson.scaled(p.low(), scale),
                            ApiJson.scaled(p.high(), scale),
                            ApiJson.scaled(p.mid(), scale)))
                    .toList();
            if (rebased && !points.isEmpty()) {
                points = SeriesMath.rebase(points, points.getFirst().date());
            }
            result.add(new SeriesJson(
                    product.getCode(),
                    s.getCode(),
                    product.getPriceUnitLabel(),
                    product.getCurrency().name(),
                    points.stream().map(PricePoint::date).toList(),
                    points.stream().map(PricePoint::mid).toList(),
                    points.stream().map(PricePoint::low).toList(),
                    points.stream().map(PricePoint::high).toList()));
        }
        return new SeriesResponse(rebased ? "rebased" : "absolute", f, t, result);
    }
}
