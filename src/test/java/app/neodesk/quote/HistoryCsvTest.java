package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    private static final Source YANGTZE = new Source("yangtze", "Yangtze");

    private static Product product(String code, PriceUnit unit, int scale) {
        return new Product(
                code,
                Element.ND,
                MaterialForm.METAL,
                new BigDecimal("99.5"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                unit,
                scale);
    }

    @Test
    void headerHasUnitAndCurrencyRightAfterTheMidBehindTheExcelBom() throws IOException {
        var out = new StringWriter();
        HistoryCsv.writeHeader(out);
        assertThat(out.toString())
                .isEqualTo("\uFEFFdate,product,source,low,high,mid,unit,currency,change,change_pct,"
                        + "corrected,entered_by,comment\r\n");
    }

    @Test
    void exportGuardsTextCellsButKeepsNegativeNumbersPlain() throws IOException {
        var product = product("nd-metal-cn", PriceUnit.T, 0);
        var row = new QuoteRow(
                1,
                0,
                product,
                YANGTZE,
                LocalDate.of(2026, 2, 11),
                new BigDecimal("1040000.0000"),
                new BigDecimal("1050000"),
                new BigDecimal("1045000"),
                new BigDecimal("1085000"),
                "=HYPERLINK(\"http://evil\")",
                "-analyst",
                Instant.EPOCH,
                1,
                LocalDate.of(2026, 2, 10),
                QuoteUnit.of(product));
        var out = new StringWriter();
        HistoryCsv.writeRow(out, row);
        assertThat(out.toString())
                .isEqualTo("2026-02-11,nd-metal-cn,yangtze,1040000,1050000,1045000,CNY/t,CNY,"
                        + "-40000,-3.69,yes,'-analyst,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
    }

    @Test
    void eachRowNamesTheUnitInForceOnItsDateNotTheProductsCurrentOne() throws IOException {
        // Dy oxide moved from CNY/t to CNY/kg on 2023-09-04; its 2023-09-01 quote stays in CNY/t.
        var dy = product("dy-oxide-cn", PriceUnit.KG, 0);
        var tonnes = new QuoteRow(
                2,
                0,
                dy,
                YANGTZE,
                LocalDate.of(2023, 9, 1),
                new BigDecimal("2480000"),
                new BigDecimal("2500000"),
                new BigDecimal("2490000"),
                new BigDecimal("2470000"),
                null,
                "analyst",
                Instant.EPOCH,
                0,
                LocalDate.of(2023, 8, 31),
                QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T));
        var kilos = new QuoteRow(
                3,
                0,
                dy,
                YANGTZE,
                LocalDate.of(2023, 9, 4),
                new BigDecimal("2480"),
                new BigDecimal("2500"),
                new BigDecimal("2490"),
                null,
                null,
                "analyst",
                Instant.EPOCH,
                0,
                null,
                QuoteUnit.of(dy));
        var out = new StringWriter();
        HistoryCsv.writeRow(out, tonnes);
        HistoryCsv.writeRow(out, kilos);
        assertThat(out.toString().split("\r\n"))
                .containsExactly(
                        "2023-09-01,dy-oxide-cn,yangtze,2480000,2500000,2490000,CNY/t,CNY,20000,0.81,no,analyst,",
                        "2023-09-04,dy-oxide-cn,yangtze,2480,2500,2490,CNY/kg,CNY,,,no,analyst,");
    }

    @Test
    void aCsvParserReadsTheExportBackWithCommentsAsWrittenAndFormulasAsText() throws IOException {
        var product = product("nd-oxide-cn", PriceUnit.T, 0);
        var comments = new String[] {"氧化钕 万元/吨, \"firm\"\r\nsecond line", "=1+2", " spaced ", "#tag", null};
        var out = new StringWriter();
        HistoryCsv.writeHeader(out);
        for (int i = 0; i < comments.length; i++) {
            HistoryCsv.writeRow(
                    out,
                    new QuoteRow(
                            10 + i,
                            0,
                            product,
                            YANGTZE,
                            LocalDate.of(2026, 3, 2 + i),
                            new BigDecimal("580000"),
                            new BigDecimal("590000"),
                            new BigDecimal("585000"),
                            new BigDecimal("595000"),
                            comments[i],
                            "analyst",
                            Instant.EPOCH,
                            0,
                            LocalDate.of(2026, 3, 1 + i),
                            QuoteUnit.of(product)));
        }
        var text = out.toString();
        assertThat(text).startsWith("\uFEFF");

        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();

        assertThat(records).hasSize(1 + comments.length);
        assertThat(records.getFirst().values()).containsExactlyElementsOf(HistoryCsv.COLUMNS);
        assertThat(records.get(1).values())
                .containsExactly(
                        "2026-03-02",
                        "nd-oxide-cn",
                        "yangtze",
                        "580000",
                        "590000",
                        "585000",
                        "CNY/t",
                        "CNY",
                        "-10000",
                        "-1.68",
                        "no",
                        "analyst",
                        "氧化钕 万元/吨, \"firm\"\r\nsecond line");
        assertThat(records.subList(2, records.size()))
                .extracting(r -> r.get(12))
                .containsExactly("'=1+2", " spaced ", "#tag", "");
    }
}
