package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.base.Csv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuoteCsvTest {

    private static QuoteCsv.Parsed parse(String text) throws IOException {
        return QuoteCsv.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void goodFileWithBomQuotesAndOptionalColumnsIsRead() throws IOException {
        var parsed = parse("\uFEFFdate,product,source,low,high,mid,comment\r\n"
                + "2026-02-10,nd-metal-cn,yangtze,1045000,1055000,,\r\n"
                + "2026-02-11,nd-metal-cn,yangtze,1080000,1090000,1085000,\"Seed, \"\"note\"\"\"\r\n");
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(0).mid()).isNull();
        assertThat(parsed.rows().get(1).comment()).isEqualTo("Seed, \"note\"");
        assertThat(parsed.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void emptyFileIsReported() throws IOException {
        assertThat(parse("").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("The file is empty"));
    }

    @Test
    void headerOnlyIsReported() throws IOException {
        assertThat(parse("date,product,source,low,high\n").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("The file has a header but no quotes"));
    }

    @Test
    void wrongHeaderIsReported() throws IOException {
        assertThat(parse("day;product;source\n2026-01-01;x;y\n").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("The first line must be the header"));
    }

    @Test
    void badRowsOfEachKindAreReportedWithLineAndColumn() throws IOException {
        var parsed = parse("""
                date,product,source,low,high,mid,comment
                11/02/2026,nd-metal-cn,yangtze,1,2
                2026-02-11,,yangtze,1,2
                2026-02-11,nd-metal-cn,,1,2
                2026-02-11,nd-metal-cn,yangtze,"1,080,000",2
                2026-02-11,nd-metal-cn,yangtze,1,abc
                2026-02-11,nd-metal-cn,yangtze,1,2,-3
                2026-02-11,nd-metal-cn,yangtze,1
                2026-02-11,nd-metal-cn,yangtze,,2
                2026-02-11,nd-metal-cn,yangtze,1e5,2
                """);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(p -> p.line() + ":" + p.column())
                .containsExactly(
                        "2:date", "3:product", "4:source", "5:low", "6:high", "7:mid", "8:", "9:low", "10:low");
        assertThat(parsed.problems().get(6).message()).isEqualTo("Expected 5 to 7 columns, found 4");
    }

    @Test
    void hugeNumbersAreReportedNotCrashed() throws IOException {
        var parsed = parse("date,product,source,low,high\n2026-02-11,nd-metal-cn,yangtze,1," + "9".repeat(5000) + "\n");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("high");
            assertThat(p.message()).contains("too large");
        });
    }

    @Test
    void windows1252FileIsReportedAsWrongEncoding() throws IOException {
        byte[] latin1 = "date,product,source,low,high,mid,comment\n2026-02-11,nd-metal-cn,yangtze,1,2,,Préis\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        var parsed = QuoteCsv.parse(new ByteArrayInputStream(latin1));
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
    }

    @Test
    void utf16FileIsReportedAsWrongEncoding() throws IOException {
        byte[] utf16 = "date,product,source,low,high\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(QuoteCsv.parse(new ByteArrayInputStream(withBom)).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("UTF-16"));
    }

    @Test
    void tenMegabyteFileIsParsedQuickly() throws IOException {
        var sb = new StringBuilder("date,product,source,low,high,mid,comment\n");
        var day = LocalDate.of(1990, 1, 1);
        int n = 0;
        while (sb.length() < 10 * 1024 * 1024) {
            sb.append(day.plusDays(n)).append(",nd-metal-cn,yangtze,1045000,1055000,1050000,bulk history row\n");
            n++;
        }
        long start = System.nanoTime();
        var parsed = parse(sb.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.rows()).hasSize(n);
        assertThat(ms).isLessThan(10_000);
    }

    @Test
    void manyBadRowsAreCountedButListIsCapped() throws IOException {
        var sb = new StringBuilder("date,product,source,low,high\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("bad,x,y,1,2\n");
        }
        var parsed = parse(sb.toString());
        assertThat(parsed.problemCount()).isEqualTo(1000);
        assertThat(parsed.problems()).hasSize(QuoteCsv.MAX_PROBLEMS);
    }

    @Test
    void textGuardCoversEveryFormulaStart() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    }
}
