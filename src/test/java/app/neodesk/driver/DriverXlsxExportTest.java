package app.neodesk.driver;

import static app.neodesk.driver.Visibility.EVERYONE;
import static app.neodesk.driver.Visibility.PRIVATE;
import static app.neodesk.driver.Visibility.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.XlsxReader;
import app.neodesk.catalog.ProductService;
import app.neodesk.team.TeamService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The drivers workbook: exactly the annotations the reader may see (as the CSV), real date cells,
 * Chinese titles intact, and an About sheet naming the filter and the reader.
 */
@NeodeskSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverXlsxExportTest {

    private static final LocalDate DAY = LocalDate.of(2034, 7, 9);
    private static final String TAG = "xlsx-export";

    @Autowired
    DriverService drivers;

    @Autowired
    ProductService products;

    @Autowired
    TeamService teams;

    @BeforeAll
    void analystWritesOneAnnotationPerVisibility() {
        AsUser.run("analyst", () -> {
            var deskA = teams.myTeams();
            for (var visibility : Visibility.values()) {
                drivers.create(new DriverData(
                        title(visibility),
                        DAY,
                        DAY.plusDays(3),
                        Set.of(products.findByCode("nd-metal-cn").orElseThrow()),
                        DriverCategory.SUPPLY,
                        Direction.BULLISH,
                        Impact.MEDIUM,
                        Set.of(TAG),
                        visibility,
                        visibility == TEAM ? Set.copyOf(deskA) : Set.of(),
                        "上海有色网",
                        null,
                        "正文 " + visibility));
            }
        });
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("analyst", EnumSet.of(PRIVATE, TEAM, EVERYONE)),
                Arguments.of("trader", EnumSet.of(TEAM, EVERYONE)),
                Arguments.of("trader2", EnumSet.of(EVERYONE)),
                Arguments.of("admin", EnumSet.of(TEAM, EVERYONE)));
    }

    private static DriverFilter filter() {
        return new DriverFilter(null, null, null, TAG, DAY, DAY, null, null, null);
    }

    private XlsxReader export(String reader) {
        return AsUser.call(reader, () -> {
            var out = new ByteArrayOutputStream();
            try {
                int rows = drivers.exportXlsx(filter(), out);
                var book = XlsxReader.read(out.toByteArray());
                assertThat(book.rows()).hasSize(rows);
                return book;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0} exports exactly {1}, as in the CSV")
    @MethodSource("readers")
    void hiddenDriverNeverAppearsInTheWorkbook(String reader, Set<Visibility> expected) {
        var book = export(reader);
        var titles = book.rows().stream()
                .map(r -> book.cell(r, "Title").getStringCellValue())
                .toList();
        assertThat(titles)
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(DriverXlsxExportTest::title).toList());
        var csv = new StringBuilder();
        int csvRows = AsUser.call(reader, () -> drivers.exportCsv(filter(), csv));
        assertThat(book.rows()).hasSize(csvRows);
    }

    @Test
    void datesAreDateCellsAndChineseTextSurvives() {
        var book = export("trader");
        Row row = book.rows().getFirst();
        assertThat(XlsxReader.isDate(book.cell(row, "Date"))).isTrue();
        assertThat(book.cell(row, "Date").getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(DAY);
        assertThat(book.cell(row, "End date").getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(DAY.plusDays(3));
        assertThat(book.cell(row, "Id").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(book.cell(row, "Title").getStringCellValue()).startsWith("稀土 导出");
        assertThat(book.cell(row, "Body").getStringCellValue()).startsWith("正文");
        assertThat(book.data().getPaneInformation().isFreezePane()).isTrue();
        assertThat(book.autoFilter()).isNotNull();
        var about = book.about();
        assertThat(about.get("Filters")).contains("tag=" + TAG).contains("from=" + DAY);
        assertThat(about)
                .containsEntry("Exported by", "trader")
                .containsEntry("Sources", "上海有色网")
                .containsEntry("Rows", "2");
    }

    @Test
    void emptyResultIsAValidWorkbookWithNoRows() {
        var book = AsUser.call("trader2", () -> {
            var out = new ByteArrayOutputStream();
            try {
                drivers.exportXlsx(
                        new DriverFilter(null, null, null, "xlsx-no-such-tag", null, null, null, null, null), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return XlsxReader.read(out.toByteArray());
        });
        assertThat(book.header()).startsWith("Id", "Date", "End date", "Title");
        assertThat(book.rows()).isEmpty();
        assertThat(book.about()).containsEntry("Rows", "no rows");
    }

    @Test
    void anonymousCallerCannotExport() {
        assertThatThrownBy(() -> drivers.exportXlsx(DriverFilter.all(), new ByteArrayOutputStream()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static String title(Visibility visibility) {
        return "稀土 导出 xlsx " + visibility.name().toLowerCase();
    }
}
