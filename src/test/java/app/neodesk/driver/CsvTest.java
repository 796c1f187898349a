package app.neodesk.driver;

import app.neodesk.base.Csv;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

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
}
