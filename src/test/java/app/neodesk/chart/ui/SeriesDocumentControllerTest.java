package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.chart.PricePoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The chart's series documents over HTTP, through the real security chain. */
@NeodeskSpringTest
class SeriesDocumentControllerTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    SeriesDocuments.SeriesDocument document;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        // 万元/吨 in the name: the document is UTF-8, whatever the product is called.
        document = SeriesDocuments.of(ChartSeries.ofQuotes(
                "mid-nd-metal-cn",
                "氧化镨钕 PrNd oxide ≥99% (万元/吨)",
                SeriesKind.BAND,
                ChartScale.RIGHT,
                null,
                List.of(
                        new PricePoint(
                                LocalDate.of(2021, 3, 18),
                                new BigDecimal("60.5"),
                                new BigDecimal("61.5"),
                                new BigDecimal("61")),
                        new PricePoint(
                                LocalDate.of(2026, 2, 11),
                                new BigDecimal("60.5"),
                                new BigDecimal("61.5"),
                                new BigDecimal("61")))));
    }

    private String url() {
        return "/" + SeriesDocuments.path(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "ANALYST", "ADMIN"})
    void everySignedInRoleGetsTheDocumentGzippedAndCachedPrivatelyForAYear(String role) throws Exception {
        var response = mvc.perform(get(url())
                        .header("Accept-Encoding", "gzip, deflate, br")
                        .with(user("u").roles(role)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + document.key() + "\"");
        assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gunzip(response.getContentAsByteArray()))
                .isEqualTo(new String(document.json(), StandardCharsets.UTF_8));
        assertThat(gunzip(response.getContentAsByteArray())).contains("氧化镨钕", "万元/吨", "\"days\":[18704,20495]");
    }

    @Test
    void aBrowserThatDoesNotAcceptGzipGetsPlainJson() throws Exception {
        var response = mvc.perform(get(url()).with(user("trader").roles("VIEWER")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Encoding")).isNull();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(new String(document.json(), StandardCharsets.UTF_8));
    }

    @Test
    void gzipRefusedWithQualityZeroGetsPlainJson() throws Exception {
        var response = mvc.perform(get(url())
                        .header("Accept-Encoding", "gzip;q=0, identity")
                        .with(user("trader").roles("VIEWER")))
                .andReturn()
                .getResponse();

        assertThat(response.getHeader("Content-Encoding")).isNull();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("{\"id\":\"mid-nd-metal-cn\"");
    }

    @Test
    void aRevalidationWithTheEtagIsAnsweredNotModifiedWithoutABody() throws Exception {
        var response = mvc.perform(get(url())
                        .header("If-None-Match", "\"" + document.key() + "\"")
                        .with(user("trader").roles("VIEWER")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void anonymousGetsNoDataAndIsSentToSignIn() throws Exception {
        var response = mvc.perform(get(url())).andReturn().getResponse();

        assertThat(response.getStatus()).isIn(302, 401);
        assertThat(response.getContentAsString()).doesNotContain("days");
        if (response.getStatus() == 302) {
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAAAAAAAAAAAAAAAAAAAAA", "short", "abcdefghijklmnopqrstuvwxyz0123456789"})
    void anUnknownOrMalformedKeyIsNotFoundWithAPlainMessage(String key) throws Exception {
        var response = mvc.perform(get("/" + SeriesDocumentController.PATH + key)
                        .with(user("trader").roles("VIEWER")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus())
                .as(response.getErrorMessage() + " " + response.getContentAsString())
                .isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(SeriesDocumentController.MISSING);
    }

    @Test
    void anEncodedPathIsRefusedBeforeItReachesTheController() throws Exception {
        var response = mvc.perform(get("/" + SeriesDocumentController.PATH + "..%2F..%2Fapplication.properties")
                        .with(user("trader").roles("VIEWER")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).doesNotContain("spring.");
    }

    @Test
    void aHugeKeyIsNotFound() throws Exception {
        var response = mvc.perform(get("/" + SeriesDocumentController.PATH + "A".repeat(5_000))
                        .with(user("trader").roles("VIEWER")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void acceptEncodingIsReadAsBrowsersAndProxiesWriteIt() {
        assertThat(SeriesDocumentController.acceptsGzip("gzip")).isTrue();
        assertThat(SeriesDocumentController.acceptsGzip("br, GZIP;q=0.8")).isTrue();
        assertThat(SeriesDocumentController.acceptsGzip("gzip; q=0")).isFalse();
        assertThat(SeriesDocumentController.acceptsGzip("gzip;q=0.000")).isFalse();
        assertThat(SeriesDocumentController.acceptsGzip("deflate, br")).isFalse();
        assertThat(SeriesDocumentController.acceptsGzip("")).isFalse();
        assertThat(SeriesDocumentController.acceptsGzip(null)).isFalse();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
