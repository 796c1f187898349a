package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.base.Csv;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsStartingWithAFormulaCharacterArePrefixedWithAQuote() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndNullIsEmpty() {
        var out = new StringBuilder();
        Csv.row(out, Arrays.asList("a,b", "say \"hi\"", "two\nlines", null, 42));
        assertThat(out).hasToString("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,42\r\n");
    }

    @Test
    void aCsvParserReadsBackEveryValueAsWrittenWithFormulasKeptAsText() throws IOException {
        var values = Arrays.asList(
                "",
                "a,b",
                "say \"hi\"",
                "two\r\nlines\nand more",
                "氧化钕 万元/吨",
                " leading space",
                "trailing space ",
                "!bang",
                "#hash",
                "=SUM(A1:A2)",
                "-1",
                "+1",
                "@x",
                null,
                42,
                "");
        var out = new StringBuilder();
        Csv.row(out, values);
        Csv.row(out, List.of("氧化钕", "万元/吨"));

        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();

        assertThat(records).hasSize(2);
        assertThat(records.get(0).values())
                .containsExactly(
                        "",
                        "a,b",
                        "say \"hi\"",
                        "two\r\nlines\nand more",
                        "氧化钕 万元/吨",
                        " leading space",
                        "trailing space ",
                        "!bang",
                        "#hash",
                        "'=SUM(A1:A2)",
                        "'-1",
                        "'+1",
                        "'@x",
                        "",
                        "42",
                        "");
        assertThat(records.get(1).values()).containsExactly("氧化钕", "万元/吨");
    }
}
