package app.neodesk.quote;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCsvTest {

    private static final Source YANGTZE = new Source("yangtze", "Yangtze");

    private static Product product(String code, PriceUnit unit, int scale) {
        return new Product(code, Element.ND, MaterialForm.METAL, new BigDecimal("99.5"), MarketBasis.CN_EXW,
                PriceCurrency.CNY, unit, scale);
    }

    @Test
    void headerHasUnitAndCurrencyRightAfterTheMidBehindTheExcelBom() throws IOException {
        var out = new StringWriter();
        HistoryCsv.writeHeader(out);
        assertThat(out.toString()).isEqualTo("\uFEFFdate,product,source,low,high,mid,unit,currency,change,change_pct,"
                + "corrected,entered_by,comment\r\n");
    }

    @Test
    void exportGuardsTextCellsButKeepsNegativeNumbersPlain() throws IOException {
        var product = product("nd-metal-cn", PriceUnit.T, 0);
        var row = new QuoteRow(1, 0, product, YANGTZE, LocalDate.of(2026, 2, 11), new BigDecimal("1040000.0000"),
                new BigDecimal("1050000"), new BigDecimal("1045000"), new BigDecimal("1085000"),
                "=HYPERLINK(\"http://evil\")", "-analyst", Instant.EPOCH, 1, LocalDate.of(2026, 2, 10),
                QuoteUnit.of(product));
        var out = new StringWriter();
        HistoryCsv.writeRow(out, row);
        assertThat(out.toString()).isEqualTo("2026-02-11,nd-metal-cn,yangtze,1040000,1050000,1045000,CNY/t,CNY,"
                + "-40000,-3.69,yes,'-analyst,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
    }

    @Test
    void eachRowNamesTheUnitInForceOnItsDateNotTheProductsCurrentOne() throws IOException {
        // Dy oxide moved from CNY/t to CNY/kg on 2023-09-04; its 2023-09-01 quote stays in CNY/t.
        var dy = product("dy-oxide-cn", PriceUnit.KG, 0);
        var tonnes = new QuoteRow(2, 0, dy, YANGTZE, LocalDate.of(2023, 9, 1), new BigDecimal("2480000"),
                new BigDecimal("2500000"), new BigDecimal("2490000"), new BigDecimal("2470000"), null, "analyst",
                Instant.EPOCH, 0, LocalDate.of(2023, 8, 31), QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T));
        var kilos = new QuoteRow(3, 0, dy, YANGTZE, LocalDate.of(2023, 9, 4), new BigDecimal("2480"),
                new BigDecimal("2500"), new BigDecimal("2490"), null, null, "analyst", Instant.EPOCH, 0, null,
                QuoteUnit.of(dy));
        var out = new StringWriter();
        HistoryCsv.writeRow(out, tonnes);
        HistoryCsv.writeRow(out, kilos);
        assertThat(out.toString().split("\r\n")).containsExactly(
                "2023-09-01,dy-oxide-cn,yangtze,2480000,2500000,2490000,CNY/t,CNY,20000,0.81,no,analyst,",
                "2023-09-04,dy-oxide-cn,yangtze,2480,2500,2490,CNY/kg,CNY,,,no,analyst,");
    }
}
