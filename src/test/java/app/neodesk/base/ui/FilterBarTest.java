package app.neodesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.ui.DashboardView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The filter bar folds its fields behind a labelled disclosure button that counts the filters set. */
@NeodeskViewTest
@WithMockUser(username = "trader", roles = "VIEWER")
class FilterBarTest extends SpringBrowserlessTest {

    private final TextField search = new TextField("Search");
    private final ComboBox<String> category = new ComboBox<>("Category");
    private final Checkbox extra = new Checkbox("Extra");
    private FilterBar bar;

    @BeforeEach
    void showBar() {
        navigate(DashboardView.class);
        category.setItems("Supply", "Demand");
        bar = new FilterBar(search, category);
        bar.add(extra);
        UI.getCurrent().add(bar);
    }

    @Test
    void fieldsSitInALabelledGroupThatTheToggleControls() {
        var fields = search.getParent().orElseThrow();
        assertThat(fields.getParent()).contains(bar);
        assertThat(fields.getChildren()).containsExactly(search, category, extra);
        assertThat(fields.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(fields.getElement().getAttribute("aria-label")).isEqualTo("Filters");
        assertThat(bar.getToggle().getElement().getAttribute("aria-controls"))
                .isNotBlank()
                .isEqualTo(fields.getId().orElseThrow());
        assertThat(bar.getToggle().getText()).isEqualTo("Filters");
    }

    @Test
    void toggleOpensAndClosesThePanelAndSaysSo() {
        assertThat(bar.isOpen()).isFalse();
        assertThat(bar.getElement().hasAttribute("open")).isFalse();
        assertThat(bar.getToggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");

        test(bar.getToggle()).click();
        assertThat(bar.isOpen()).isTrue();
        assertThat(bar.getElement().hasAttribute("open")).isTrue();
        assertThat(bar.getToggle().getElement().getAttribute("aria-expanded")).isEqualTo("true");

        test(bar.getToggle()).click();
        assertThat(bar.isOpen()).isFalse();
        assertThat(bar.getElement().hasAttribute("open")).isFalse();
        assertThat(bar.getToggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void toggleCountsTheVisibleFiltersThatHaveAValue() {
        var badge = (Span) bar.getToggle().getSuffixComponent();
        assertThat(bar.activeCount()).isZero();
        assertThat(badge.isVisible()).isFalse();
        assertThat(bar.getToggle().getElement().getAttribute("aria-label")).isEqualTo("Filters");

        test(search).setValue("quota");
        test(category).selectItem("Supply");
        assertThat(bar.activeCount()).isEqualTo(2);
        assertThat(badge.getText()).isEqualTo("2");
        assertThat(badge.isVisible()).isTrue();
        assertThat(bar.getToggle().getElement().getAttribute("aria-label")).isEqualTo("Filters, 2 set");

        extra.setVisible(false);
        extra.setValue(true);
        assertThat(bar.activeCount()).as("a hidden field does not count").isEqualTo(2);

        test(search).setValue("");
        assertThat(bar.activeCount()).isEqualTo(1);
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(bar.getToggle().getElement().getAttribute("aria-label")).isEqualTo("Filters, 1 set");
    }

    @Test
    void styleSheetFoldsTheFieldsOnlyOnNarrowScreens() throws IOException {
        assertThat(FilterBar.class.getAnnotation(StyleSheet.class).value()).isEqualTo("filter-bar.css");
        String css;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/META-INF/resources/filter-bar.css"))) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The production build minifies the file, so compare without whitespace.
        var compact = css.replaceAll("\\s+", "");
        var media = compact.indexOf("@media(max-width:640px)");
        assertThat(media).as("a narrow-screen media query").isPositive();
        assertThat(compact.substring(0, media)).contains(".filter-bar-toggle{display:none");
        assertThat(compact.substring(media))
                .contains(".filter-bar-toggle{display:inline-flex")
                .contains(".filter-bar:not([open])>.filter-bar-fields{display:none");
    }
}
