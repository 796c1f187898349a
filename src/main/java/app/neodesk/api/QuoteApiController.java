package app.neodesk.api;

import app.neodesk.api.ApiJson.CorrectionInput;
import app.neodesk.api.ApiJson.EnteredJson;
import app.neodesk.api.ApiJson.QuoteInput;
import app.neodesk.api.ApiJson.QuoteJson;
import app.neodesk.api.ApiJson.QuotePage;
import app.neodesk.base.FileTooLargeException;
import app.neodesk.base.SizeLimitedInputStream;
import app.neodesk.catalog.Product;
import app.neodesk.quote.HistoryCursor;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Quotes: the history (JSON pages or every row as CSV), the latest quotes, entry and correction. */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes")
class QuoteApiController {

    /** Largest request body of a write: 1 MB, about 5,000 quotes; the batch itself stops at 1,000. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    static final String CSV = "text/csv";
    private static final String PAGE_EXAMPLE = """
            {"quotes":[{"id":4711,"version":0,"product":"nd-metal-cn","source":"yangtze","date":"2025-12-31",
            "low":1080000,"high":1090000,"mid":1085000,"unit":"CNY/t","currency":"CNY","change":0,
            "changePercent":0.00,"previousDate":"2025-12-30","corrected":false,"comment":null,
            "enteredBy":"analyst","enteredAt":"2025-12-31T07:12:00Z"}],"next":"MjAyNS0xMi0zMX40NzEx"}""";
    private static final String ENTRY_EXAMPLE = """
            {"product":"nd-metal-cn","source":"yangtze","date":"2025-12-31","low":1080000,"high":1090000,
            "comment":"SMM close"}""";

    private final QuoteService quotes;
    private final ApiParams params;
    private final JsonMapper json;
    private final Clock clock;

    QuoteApiController(QuoteService quotes, ApiParams params, JsonMapper json, Clock clock) {
        this.quotes = quotes;
        this.params = params;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @Operation(
            summary = "Quote history, newest first",
            description = "Keyset-paged: pass the 'next' cursor of a page to get the following one (null on the last"
                    + " page). With format=csv or Accept: text/csv every matching row is streamed as CSV, Excel-safe,"
                    + " with the columns of the history export.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = QuotePage.class),
                                        examples = @ExampleObject(name = "Nd metal", value = PAGE_EXAMPLE)),
                                @Content(mediaType = CSV, examples = @ExampleObject(name = "CSV", value = """
                            date,product,source,low,high,mid,unit,currency,change,change_pct,corrected,entered_by,comment
                            2025-12-31,nd-metal-cn,yangtze,1080000,1090000,1085000,CNY/t,CNY,0,0.00,no,analyst,
                            """))
                            }))
    @Nullable
    QuotePage history(
            @Parameter(description = "product codes, comma-separated; none for all", example = "nd-metal-cn")
                    @RequestParam(required = false)
                    @Nullable
                    String product,
            @Parameter(description = "source code; none for all", example = "yangtze")
                    @RequestParam(required = false)
                    @Nullable
                    String source,
            @Parameter(description = "first date, inclusive", example = "2025-01-01")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "last date, inclusive", example = "2025-12-31")
                    @RequestParam(required = false)
                    @Nullable
                    String to,
            @Parameter(description = "rows per page, 1 to 500 (default 100)", example = "500")
                    @RequestParam(required = false)
                    @Nullable
                    String limit,
            @Parameter(description = "the 'next' value of the previous page") @RequestParam(required = false) @Nullable
                    String cursor,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            HttpServletResponse response)
            throws IOException {
        var filter = filter(product, source, from, to);
        if (ApiParams.wantsCsv(format, accept)) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"quotes-" + LocalDate.now(clock) + ".csv\"");
            quotes.exportCsv(filter, response.getOutputStream());
            response.flushBuffer();
            return null;
        }
        int size = ApiParams.limit(limit);
        var rows = quotes.historyAfter(filter, ApiParams.cursor(cursor), size + 1);
        var page = rows.stream().limit(size).map(QuoteJson::of).toList();
        String next = rows.size() > size ? ApiParams.cursor(HistoryCursor.after(rows.get(size - 1))) : null;
        return new QuotePage(page, next);
    }

    @GetMapping(value = "/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The latest quote of each product, for watchlists",
            description = "From any source, or from the one named by 'source'. Products without a quote are left out.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            array = @ArraySchema(schema = @Schema(implementation = QuoteJson.class)),
                                            examples = @ExampleObject(name = "Nd metal and PrNd oxide", value = """
                            [{"id":4711,"version":0,"product":"nd-metal-cn","source":"yangtze","date":"2025-12-31",
                            "low":1080000,"high":1090000,"mid":1085000,"unit":"CNY/t","currency":"CNY","change":5000,
                            "changePercent":0.46,"previousDate":"2025-12-30","corrected":false,"comment":null,
                            "enteredBy":"analyst","enteredAt":"2025-12-31T07:12:00Z"}]"""))))
    List<QuoteJson> latest(
            @Parameter(
                            description = "product codes, comma-separated; none for every active product",
                            example = "nd-metal-cn,prnd-oxide-cn")
                    @RequestParam(required = false)
                    @Nullable
                    String product,
            @Parameter(description = "source code; none for any", example = "yangtze")
                    @RequestParam(required = false)
                    @Nullable
                    String source) {
        List<Product> chosen = params.products("product", product);
        if (chosen.isEmpty()) {
            chosen = params.allActiveProducts();
        }
        var from = params.source(source);
        var result = new ArrayList<QuoteJson>();
        for (var p : chosen) {
            var filter = new QuoteFilter(
                    Set.of(p.requireId()), from == null ? null : from.getId(), null, LocalDate.now(clock));
            quotes.historyAfter(filter, null, 1).stream()
                    .findFirst()
                    .map(QuoteJson::of)
                    .ifPresent(result::add);
        }
        return result;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Enter one quote or a batch, all or nothing",
            description =
                    "Send one quote object or an array of up to 1,000 (body at most 1 MB). Idempotent on product +"
                            + " source + date: the same values again answer 200 with \"changed\": false; other values answer 409"
                            + " with the stored quote. A move of more than 10% needs \"confirmLargeMove\": true. Needs a"
                            + " 'read write' token of an analyst or admin. One bad quote stores none (400 names it).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(oneOf = {QuoteInput.class, QuoteInput[].class}),
                                            examples = {
                                                @ExampleObject(name = "one quote", value = ENTRY_EXAMPLE),
                                                @ExampleObject(name = "batch", value = "[" + ENTRY_EXAMPLE + "]")
                                            })),
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "stored (one object, or an array for a batch)",
                        content =
                                @Content(
                                        schema = @Schema(implementation = EnteredJson.class),
                                        examples =
                                                @ExampleObject(
                                                        value =
                                                                "{\"quote\":{\"id\":4711,\"product\":\"nd-metal-cn\","
                                                                        + "\"date\":\"2025-12-31\",\"mid\":1085000},\"changed\":true}"))),
                @ApiResponse(responseCode = "200", description = "every quote was stored with these values already"),
                @ApiResponse(
                        responseCode = "409",
                        description = "a quote is stored with other values: 'stored' holds it",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        examples = @ExampleObject(value = """
                                    {"type":"about:blank","title":"Conflict","status":409,
                                    "detail":"A quote for nd-metal-cn/yangtze/2025-12-31 is stored with other values; correct it instead",
                                    "stored":{"id":4711,"version":0,"mid":1085000}}""")))
            })
    ResponseEntity<Object> enter(HttpServletRequest request, Authentication authentication) throws IOException {
        ApiParams.requireWrite(authentication);
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        JsonNode body;
        try (var in = new SizeLimitedInputStream(request.getInputStream(), MAX_BODY_BYTES)) {
            body = json.readTree(in);
        } catch (FileTooLargeException e) {
            throw tooLarge();
        } catch (JacksonException e) {
            if (e.getCause() instanceof FileTooLargeException) {
                throw tooLarge();
            }
            throw ApiException.badParameter(
                    "", "The request body is not valid JSON: send one quote object or an array");
        }
        if (body == null || !(body.isObject() || body.isArray())) {
            throw ApiException.badParameter("", "Send one quote object or an array of them");
        }
        boolean batch = body.isArray();
        if (batch && body.size() > QuoteService.MAX_BATCH) {
            throw new ApiException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "",
                    "At most " + QuoteService.MAX_BATCH + " quotes per request, not " + body.size()
                            + ": split the batch");
        }
        var drafts = new ArrayList<QuoteDraft>();
        var nodes = batch ? body.values() : List.of(body);
        int i = 0;
        for (var node : nodes) {
            drafts.add(draft(node, batch ? "[" + i + "]." : ""));
            i++;
        }
        var entered = quotes.enterAll(drafts).stream()
                .map(e -> new EnteredJson(QuoteJson.of(e.quote()), e.changed()))
                .toList();
        var status = entered.stream().anyMatch(EnteredJson::changed) ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(batch ? entered : entered.getFirst());
    }

    @PutMapping(
            value = "/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Correct a quote's prices, with a reason",
            description =
                    "Send the version you read: a stale version answers 409. The previous values stay as a revision."
                            + " Needs a 'read write' token of an analyst or admin.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = CorrectionInput.class),
                                            examples = @ExampleObject(value = """
                    {"version":0,"low":1075000,"high":1085000,"reason":"Source revised its close"}"""))),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            schema = @Schema(implementation = QuoteJson.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"id\":4711,\"version\":1,\"product\":\"nd-metal-cn\",\"mid\":1080000,"
                                                                            + "\"corrected\":true}"))))
    QuoteJson correct(@PathVariable long id, @RequestBody CorrectionInput input, Authentication authentication) {
        ApiParams.requireWrite(authentication);
        if (input.version() == null) {
            throw ApiException.badParameter("version", "Send the 'version' of the quote you read");
        }
        if (input.reason() == null || input.reason().isBlank()) {
            throw ApiException.badParameter("reason", "Send a 'reason' for the correction");
        }
        return QuoteJson.of(quotes.correct(
                id,
                input.version(),
                input.low(),
                input.high(),
                input.mid(),
                input.comment(),
                input.reason(),
                Boolean.TRUE.equals(input.confirmScale())));
    }

    private QuoteDraft draft(JsonNode node, String prefix) {
        QuoteInput input;
        try {
            input = json.treeToValue(node, QuoteInput.class);
        } catch (JacksonException e) {
            throw ApiException.badParameter(
                    prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "Quote " + prefix + " is not of the documented shape: product, source, date, low, high, mid,"
                            + " comment as text or numbers");
        }
        var products = params.products(prefix + "product", required(input.product(), prefix + "product"));
        if (products.size() != 1) {
            throw ApiException.badParameter(prefix + "product", "Name one product per quote");
        }
        var source = params.source(required(input.source(), prefix + "source"));
        var date = ApiParams.date(prefix + "date", required(input.date(), prefix + "date"));
        BigDecimal low = required(input.low(), prefix + "low");
        BigDecimal high = required(input.high(), prefix + "high");
        return new QuoteDraft(
                products.getFirst().requireId(),
                Objects.requireNonNull(source).requireId(),
                Objects.requireNonNull(date),
                low,
                high,
                input.mid(),
                input.comment(),
                Boolean.TRUE.equals(input.confirmLargeMove()),
                Boolean.TRUE.equals(input.confirmScale()));
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ApiException.badParameter(field, "'" + field + "' is required");
        }
        return value;
    }

    private static ApiException tooLarge() {
        return new ApiException(
                HttpStatus.CONTENT_TOO_LARGE,
                "",
                "The request body is larger than 1 MB: send at most " + QuoteService.MAX_BATCH + " quotes per request");
    }

    private QuoteFilter filter(
            @Nullable String product, @Nullable String source, @Nullable String from, @Nullable String to) {
        var ids = params.products("product", product).stream()
                .map(Product::getId)
                .map(Objects::requireNonNull)
                .collect(Collectors.toSet());
        var s = params.source(source);
        var f = ApiParams.date("from", from);
        var t = ApiParams.date("to", to);
        ApiParams.range(f, t);
        return new QuoteFilter(ids, s == null ? null : s.getId(), f, t);
    }
}
