package app.neodesk.api;

import app.neodesk.api.ApiJson.DriverJson;
import app.neodesk.api.ApiJson.DriverPage;
import app.neodesk.base.Csv;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.DriverService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Driver annotations, with the visibility of /drivers: a hidden annotation is 404 like a missing one. */
@RestController
@RequestMapping("/api/v1/drivers")
@Tag(name = "Drivers")
class DriverApiController {

    private static final String EXAMPLE = """
            {"id":812,"title":"MOFCOM export controls on rare-earth magnet technology","body":"Licences needed from 1 Dec.",
            "category":"policy","direction":"bullish","impact":"HIGH","startDate":"2025-10-09","endDate":null,
            "products":["nd-metal-cn"],"tags":["export-controls"],"visibility":"everyone","teams":[],"author":"analyst",
            "sourceName":"MOFCOM","sourceUrl":"https://www.mofcom.gov.cn/","createdAt":"2025-10-09T08:00:00Z",
            "updatedAt":"2025-10-09T08:00:00Z"}""";

    private final DriverService drivers;
    private final ApiParams params;
    private final Clock clock;

    DriverApiController(DriverService drivers, ApiParams params, Clock clock) {
        this.drivers = drivers;
        this.params = params;
        this.clock = clock;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, QuoteApiController.CSV})
    @Operation(
            summary = "Driver annotations you may see, newest first",
            description = "Paged with 'limit' and the 'next' cursor. With format=csv or Accept: text/csv every matching"
                    + " annotation is streamed as CSV (the /drivers export).",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = DriverPage.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "export controls",
                                                            value = "{\"drivers\":[" + EXAMPLE + "],\"next\":null}"))))
    @Nullable
    DriverPage list(
            @Parameter(description = "product code", example = "nd-metal-cn") @RequestParam(required = false) @Nullable
                    String product,
            @Parameter(description = "supply, demand, policy, …", example = "policy")
                    @RequestParam(required = false)
                    @Nullable
                    String category,
            @Parameter(example = "2025-01-01") @RequestParam(required = false) @Nullable String from,
            @Parameter(example = "2025-12-31") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "annotations per page, 1 to 500 (default 100)")
                    @RequestParam(required = false)
                    @Nullable
                    String limit,
            @Parameter(description = "the 'next' value of the previous page") @RequestParam(required = false) @Nullable
                    String cursor,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            HttpServletResponse response)
            throws IOException {
        var productCode = product == null || product.isBlank()
                ? null
                : params.products("product", product).stream()
                        .findFirst()
                        .map(p -> p.getCode())
                        .orElse(null);
        DriverCategory cat = null;
        if (category != null && !category.isBlank()) {
            cat = DriverCategory.fromUrlValue(category);
            if (cat == null) {
                throw ApiException.badParameter(
                        "category",
                        "'category' is one of "
                                + Arrays.stream(DriverCategory.values())
                                        .map(DriverCategory::urlValue)
                                        .collect(Collectors.joining(", ")));
            }
        }
        var f = ApiParams.date("from", from);
        var t = ApiParams.date("to", to);
        ApiParams.range(f, t);
        var filter = new DriverFilter(cat, null, productCode, null, f, t, null, null, null);
        if (ApiParams.wantsCsv(format, accept)) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"drivers-" + LocalDate.now(clock) + ".csv\"");
            var writer = new BufferedWriter(
                    new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            writer.write(Csv.BOM);
            drivers.exportCsv(filter, writer);
            writer.flush();
            return null;
        }
        int size = ApiParams.limit(limit);
        int page = page(cursor);
        var slice = drivers.search(filter, PageRequest.of(page, size));
        return new DriverPage(
                slice.getContent().stream().map(DriverJson::of).toList(),
                slice.hasNext() ? String.valueOf(page + 1) : null);
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One driver annotation; 404 if it does not exist or you may not see it",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            schema = @Schema(implementation = DriverJson.class),
                                            examples = @ExampleObject(name = "export controls", value = EXAMPLE))))
    DriverJson get(@PathVariable long id) {
        return DriverJson.of(drivers.get(id));
    }

    private static int page(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(cursor.strip());
            if (page >= 0 && page <= 1_000_000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badParameter(
                "cursor",
                "'cursor' is not one this API issued: pass the 'next' value of the" + " previous page unchanged");
    }
}
