package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.intake.ui.ImportWizardView;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
class HistoryImportLinkTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystGoesFromHistoryToTheImportWizard() {
        var history = navigate(HistoryView.class);
        assertThat(history.importCsv.isVisible()).isTrue();

        test(history.importCsv).click();

        assertThat(getCurrentView()).isInstanceOf(ImportWizardView.class);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerIsNotOfferedTheImport() {
        assertThat(navigate(HistoryView.class).importCsv.isVisible()).isFalse();
    }
}
