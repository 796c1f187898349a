package app.neodesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimitersTest {

    @Test
    void commaSemicolonAndTabAreToldApartByConsistentColumns() {
        assertThat(Delimiters.sniff("date,product,source,low,high\n2026-02-11,nd-metal-cn,yangtze,1080000,1090000\n"))
                .isEqualTo(',');
        assertThat(Delimiters.sniff("日期;最低价;最高价\n2023-09-01;108,5;109,5\n")).isEqualTo(';');
        assertThat(Delimiters.sniff("日期\t品名\t价格\n2023-09-01\t金属钕\t640,000\n")).isEqualTo('\t');
    }

    @Test
    void quotedThousandsDoNotMakeCommasWin() {
        assertThat(Delimiters.sniff("日期;品名;价格\n2023-09-01;金属钕;\"640,000\"\n2023-09-02;金属钕;\"1,640,000\"\n"))
                .isEqualTo(';');
    }

    @Test
    void aCutLastLineDoesNotCount() {
        assertThat(Delimiters.sniff("a\tb\tc\n1\t2\t3\n4\t5")).isEqualTo('\t');
    }

    @Test
    void oneColumnFilesAreCommaSeparated() {
        assertThat(Delimiters.sniff("date\n2023-09-01\n")).isEqualTo(',');
    }
}
