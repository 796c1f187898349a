package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.driver.ui.DriverEditView;
import app.neodesk.live.PriceUpdates;
import app.neodesk.quote.QuoteRow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
@WithMockUser(username = "trader", roles = "VIEWER")
class HistoryViewTest extends SpringBrowserlessTest {

    /** Navigates as a bookmarked or shared URL would: /history?query. */
    private HistoryView open(String query) {
        UI.getCurrent().navigate("history", QueryParameters.fromString(query));
        return (HistoryView) getCurrentView();
    }

    @Test
    void urlParametersSetTheFilterAndTheSeedChangesShow() {
        var view = open("product=nd-metal-cn&product=nd-oxide-cn&source=yangtze&from=2026-02-11&to=2026-02-11");

        assertThat(view.filterError.isVisible()).isFalse();
        assertThat(view.selectedProductCodes()).isEqualTo(Set.of("nd-metal-cn", "nd-oxide-cn"));
        assertThat(view.source.getValue().getCode()).isEqualTo("yangtze");
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 2, 11));
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            QuoteRow row = grid.getRow(i);
            String change = grid.getLitRendererPropertyValue(i, "change", "text", String.class);
            String pct = grid.getLitRendererPropertyValue(i, "changePct", "text", String.class);
            String cls = grid.getLitRendererPropertyValue(i, "change", "cls", String.class);
            assertThat(cls).isEqualTo("rise");
            if (row.product().getCode().equals("nd-metal-cn")) {
                assertThat(change).isEqualTo("+35,000");
                assertThat(pct).isEqualTo("+3.33%");
            } else {
                assertThat(change).isEqualTo("+30,000");
                assertThat(pct).isEqualTo("+3.43%");
            }
        }
    }

    @Test
    void badParametersShowAClearMessageAndTheRestStillApplies() {
        var view = open("product=nope&product=nd-metal-cn&source=yangtze&from=2026-13-01&bogus=1");

        assertThat(view.filterError.isVisible()).isTrue();
        assertThat(view.filterError.getText())
                .contains("Unknown product 'nope'")
                .contains("'from' must be a date like 2026-02-11, not '2026-13-01'")
                .contains("Unknown parameter 'bogus'");
        assertThat(view.selectedProductCodes()).containsExactly("nd-metal-cn");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void fromAfterToIsReported() {
        var view = open("from=2026-02-11&to=2026-01-01");
        assertThat(view.filterError.getText()).contains("'from' (2026-02-11) is after 'to' (2026-01-01)");
    }

    @Test
    void viewerSeesNoCorrectImportOrDeleteActions() {
        var view = navigate(HistoryView.class);
        assertThat(view.correct.isVisible()).isFalse();
        assertThat(view.importCsv.isVisible()).isFalse();
        assertThat(view.delete.isVisible()).isFalse();
        assertThat(view.export.isVisible()).isTrue();
    }

    @Test
    void annotateOpensTheDriverEditorPrefilledWithTheRowsProductAndDate() {
        var view = open("product=nd-metal-cn&source=yangtze&from=2026-02-11&to=2026-02-11");
        assertThat(view.annotate.isEnabled()).as("nothing selected yet").isFalse();
        test(view.grid).select(0);
        test(view.annotate).click();
        var editor = (DriverEditView) getCurrentView();
        assertThat(editor.getElement().getTextRecursively()).contains("New driver");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("drivers/new?date=2026-02-11&product=nd-metal-cn");
    }

    @Test
    void openHistoryListensForPriceUpdatesUntilItIsLeft(@Autowired PriceUpdates updates) {
        var view = open("product=nd-metal-cn");
        int listeners = updates.listenerCount();
        assertThat(listeners).as("the open history listens").isPositive();
        UI.getCurrent().navigate("drivers");
        assertThat(updates.listenerCount())
                .as("leaving the view removes its listener")
                .isEqualTo(listeners - 1);
    }
}
