package app.neodesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithMockUser;

/** The history, chart and drivers views offer an "Excel (.xlsx)" download beside their CSV download. */
@NeodeskViewTest
@WithMockUser(username = "trader", roles = "VIEWER")
class ExcelDownloadViewsTest extends SpringBrowserlessTest {

    @ParameterizedTest(name = "/{0} offers Excel (.xlsx) beside CSV")
    @ValueSource(strings = {"history", "chart", "drivers"})
    void excelDownloadIsOfferedBesideTheCsvDownload(String route) {
        UI.getCurrent().navigate(route);
        var excel = $(Anchor.class).withClassName(ExcelDownload.CLASS_NAME).single();
        assertThat(excel.getText()).isEqualTo("Excel (.xlsx)");
        assertThat(excel.getHref()).as("a download resource").isNotBlank();
        assertThat(excel.getElement().hasAttribute("download")).isTrue();
        var csv = $(Anchor.class).all().stream()
                .filter(a -> a.getText().contains("CSV"))
                .findFirst();
        assertThat(csv).as("the CSV download is still there").isPresent();
        assertThat(excel.getParent()).isEqualTo(csv.get().getParent());
    }
}
