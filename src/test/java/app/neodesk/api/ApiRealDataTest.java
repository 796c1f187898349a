package app.neodesk.api;

import static app.neodesk.api.ApiMvc.readToken;
import static app.neodesk.api.ApiMvc.writeToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.XlsxReader;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.TestProducts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real prices through the API, in and out: every 2023 100ppi flash of Nd metal (金属钕, CNY/t, one price
 * a day, with real unchanged days, weekends and holidays) and of Dy oxide per kg, from
 * {@code quotes/dashboard-tiles-100ppi.csv} (provenance in its README). They go in as one batch,
 * come back page by page, as CSV and as a workbook exactly as published, and a per-tonne price is
 * refused by the per-kg product.
 */
@NeodeskSpringTest
class ApiRealDataTest {

    static final String ND = "api-100ppi-nd";
    static final String ND_XLSX = "api-100ppi-nd-xlsx";
    static final String DY_KG = "api-100ppi-dy-kg";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    QuoteService quotes;

    MockMvc mvc;

    record Flash(LocalDate date, BigDecimal price, String comment) {}

    @BeforeEach
    void setUp() {
        mvc = ApiMvc.build(context);
        product(ND, Element.ND, MaterialForm.METAL, PriceUnit.T);
        product(ND_XLSX, Element.ND, MaterialForm.METAL, PriceUnit.T);
        product(DY_KG, Element.DY, MaterialForm.OXIDE, PriceUnit.KG);
    }

    @Test
    void everyRealNdMetalFlashGoesInAsOneBatchAndComesBackExactlyWithItsUnchangedDays() throws Exception {
        var flashes = flashes("nd-metal-tile");
        assertThat(flashes).hasSize(148);
        var batch =
                json.writeValueAsString(flashes.stream().map(f -> entry(ND, f)).toList());
        var first = postQuotes(batch, writeToken("analyst"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().findValues("changed")).hasSize(148).allMatch(JsonNode::asBoolean);
        var again = postQuotes(batch, writeToken("analyst"));
        assertThat(again.status()).as("the same file again changes nothing").isEqualTo(200);
        assertThat(again.body().findValues("changed")).hasSize(148).noneMatch(JsonNode::asBoolean);

        var pages = readAllPages(ND, 50, readToken("trader"));
        assertThat(pages).hasSize(148);
        var byDate = new LinkedHashMap<LocalDate, JsonNode>();
        pages.forEach(q -> byDate.put(LocalDate.parse(q.get("date").asString()), q));
        int unchanged = 0;
        int afterWeekend = 0;
        for (int i = 0; i < flashes.size(); i++) {
            var flash = flashes.get(i);
            var quote = Objects.requireNonNull(
                    byDate.get(flash.date()), flash.date().toString());
            assertThat(quote.get("mid").decimalValue()).isEqualByComparingTo(flash.price());
            assertThat(quote.get("unit").asString()).isEqualTo("CNY/t");
            assertThat(quote.get("comment").asString())
                    .isEqualTo(flash.comment())
                    .contains("金属钕");
            if (i == 0) {
                assertThat(quote.get("change").isNull())
                        .as("the first quote has no change")
                        .isTrue();
                continue;
            }
            var previous = flashes.get(i - 1);
            var change = flash.price().subtract(previous.price());
            assertThat(quote.get("change").decimalValue()).isEqualByComparingTo(change);
            assertThat(quote.get("changePercent").decimalValue())
                    .isEqualByComparingTo(
                            change.multiply(BigDecimal.valueOf(100)).divide(previous.price(), 2, RoundingMode.HALF_UP));
            assertThat(quote.get("previousDate").asString())
                    .isEqualTo(previous.date().toString());
            unchanged += change.signum() == 0 ? 1 : 0;
            afterWeekend += flash.date().getDayOfWeek() == DayOfWeek.MONDAY
                            && previous.date().getDayOfWeek() == DayOfWeek.FRIDAY
                    ? 1
                    : 0;
        }
        assertThat(unchanged).as("real unchanged days, answered as change 0").isGreaterThan(20);
        assertThat(afterWeekend).as("Mondays compared with the Friday before").isGreaterThan(20);

        var csv = mvc.perform(get("/api/v1/quotes")
                        .param("product", ND)
                        .param("format", "csv")
                        .with(readToken("trader")))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        var lines = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(149);
        assertThat(lines[0]).startsWith("\uFEFF");
        assertThat(lines[1])
                .as("newest first, the Chinese comment intact")
                .startsWith(flashes.getLast().date() + "," + ND + ",yangtze,")
                .contains("金属钕");
    }

    @Test
    void theRealFlashesComeBackAsTypedWorkbookCells() throws Exception {
        var flashes = flashes("nd-metal-tile");
        postQuotes(
                json.writeValueAsString(
                        flashes.stream().map(f -> entry(ND_XLSX, f)).toList()),
                writeToken("analyst"));
        long id = SystemAuthentication.call(
                () -> products.findByCode(ND_XLSX).orElseThrow().getId());
        var out = new ByteArrayOutputStream();
        long rows = SystemAuthentication.call(() -> {
            try {
                return quotes.exportXlsx(new QuoteFilter(Set.of(id), null, null, null), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(rows).isEqualTo(148);
        var book = XlsxReader.read(out.toByteArray());
        var byDate = new LinkedHashMap<LocalDate, BigDecimal>();
        for (var row : book.rows()) {
            var date = book.cell(row, "Date");
            assertThat(XlsxReader.isDate(date)).isTrue();
            byDate.put(
                    date.getLocalDateTimeCellValue().toLocalDate(),
                    BigDecimal.valueOf(book.cell(row, "Mid (CNY/t)").getNumericCellValue()));
        }
        assertThat(byDate).hasSize(148);
        for (var flash : flashes) {
            assertThat(byDate.get(flash.date())).as(flash.date().toString()).isEqualByComparingTo(flash.price());
        }
    }

    @Test
    // Commits for real: the refused write must roll back its own transaction, not join the test's.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aPerTonnePriceIsRefusedByThePerKgProductAndNothingOfTheBatchIsStored() throws Exception {
        var flashes = flashes("dy-oxide-tile-kg");
        assertThat(flashes).hasSizeGreaterThan(100);
        var stored = postQuotes(
                json.writeValueAsString(
                        flashes.stream().map(f -> entry(DY_KG, f)).toList()),
                writeToken("analyst"));
        assertThat(stored.status()).isIn(200, 201);
        var last = flashes.getLast();
        var perTonne = new Flash(
                last.date().plusDays(3),
                last.price().multiply(BigDecimal.valueOf(1000)),
                "100ppi flash as published, per t");
        var nextDay = new Flash(last.date().plusDays(4), last.price(), "per kg");
        var refused = postQuotes(
                json.writeValueAsString(List.of(entry(DY_KG, nextDay), entry(DY_KG, perTonne))), writeToken("analyst"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString()).contains("CNY/kg", "unit");
        var latest = readAllPages(DY_KG, 500, readToken("trader")).getFirst();
        assertThat(latest.get("date").asString())
                .as("all or nothing")
                .isEqualTo(last.date().toString());
        assertThat(latest.get("unit").asString()).isEqualTo("CNY/kg");
    }

    record Answer(int status, JsonNode body) {}

    private Answer postQuotes(String body, RequestPostProcessor token) throws Exception {
        var response = mvc.perform(post("/api/v1/quotes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(token))
                .andReturn()
                .getResponse();
        return new Answer(response.getStatus(), json.readTree(response.getContentAsString(StandardCharsets.UTF_8)));
    }

    private List<JsonNode> readAllPages(String product, int limit, RequestPostProcessor token) throws Exception {
        var all = new ArrayList<JsonNode>();
        String cursor = null;
        do {
            var request = get("/api/v1/quotes").param("product", product).param("limit", Integer.toString(limit));
            if (cursor != null) {
                request = request.param("cursor", cursor);
            }
            var page = json.readTree(mvc.perform(request.with(token))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            page.get("quotes").forEach(all::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return all;
    }

    private static Map<String, Object> entry(String product, Flash flash) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("product", product);
        entry.put("source", "yangtze");
        entry.put("date", flash.date().toString());
        entry.put("low", flash.price());
        entry.put("high", flash.price());
        entry.put("comment", flash.comment());
        entry.put("confirmLargeMove", true); // real moves of more than 10% happen in this series
        return entry;
    }

    /** The rows of one product in the fixture, oldest first. */
    private static List<Flash> flashes(String fixtureProduct) {
        try (InputStream in = ApiRealDataTest.class.getResourceAsStream("/quotes/dashboard-tiles-100ppi.csv")) {
            var lines = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n");
            var result = new ArrayList<Flash>();
            for (var line : lines) {
                var cells = line.strip().split(",", 7);
                if (cells.length == 7 && cells[1].equals(fixtureProduct)) {
                    result.add(new Flash(LocalDate.parse(cells[0]), new BigDecimal(cells[5]), cells[6]));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void product(String code, Element element, MaterialForm form, PriceUnit unit) {
        SystemAuthentication.run(() -> {
            if (products.findByCode(code).isEmpty()) {
                products.create(TestProducts.chinaSpot(code, element, form, unit)
                        .withMainSource(
                                sources.findByCode("yangtze").orElseThrow().requireId()));
            }
        });
    }
}
