package app.neodesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SourceAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Test
    void sourceFormRejectsBadInputThenSavesGoodInput() {
        navigate(SourceAdminView.class);
        assertThat(test($(Grid.class).single()).size()).isGreaterThanOrEqualTo(4);
        test($(Button.class).withText("New source").single()).click();
        var form = $(SourceForm.class).single();
        test(form.code).setValue("Argus Media");
        test(form.url).setValue("www.argusmedia.com");
        clickSave();

        assertThat(form.code.getErrorMessage()).isEqualTo(Product.CODE_MESSAGE);
        assertThat(form.name.getErrorMessage()).isEqualTo("Enter a name");
        assertThat(form.url.getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://");
        assertThat(sources.findByCode("argus-media")).isEmpty();

        test(form.code).setValue("argus-ui");
        test(form.name).setValue("Argus Media");
        test(form.url).setValue("https://www.argusmedia.com");
        test(form.notes).setValue("Assessed weekly.\nCIF Rotterdam and FOB China.");
        clickSave();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Source argus-ui saved");
        assertThat(sources.findByCode("argus-ui"))
                .get()
                .satisfies(s -> assertThat(s.getNotes()).isEqualTo("Assessed weekly.\nCIF Rotterdam and FOB China."));
    }

    @Test
    void duplicateSourceCodeShowsFieldError() {
        navigate(SourceAdminView.class);
        test($(Button.class).withText("New source").single()).click();
        var form = $(SourceForm.class).single();
        test(form.code).setValue("smm");
        test(form.name).setValue("Another SMM");
        clickSave();

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Another source already uses the code 'smm'");
        assertThat(sources.findByCode("smm")).get().extracting(s -> s.getName()).isEqualTo("Shanghai Metals Market");
    }

    @Test
    void adminEditsSourceAliasesAndAClashIsShownOnTheField() {
        navigate(SourceAdminView.class);
        test($(Button.class).withText("New source").single()).click();
        var form = $(SourceForm.class).single();
        assertThat(form.aliases.getHelperText())
                .isEqualTo("English and Chinese names used by vendor files and notes, one per line");
        test(form.code).setValue("mysteel-ui");
        test(form.name).setValue("Mysteel");
        test(form.aliases).setValue("我的钢铁网\nMysteel\n上海有色网");
        clickSave();

        assertThat(form.aliases.isInvalid()).isTrue();
        assertThat(form.aliases.getErrorMessage()).isEqualTo("'上海有色网' is already an alias of smm");
        assertThat(sources.findByCode("mysteel-ui")).isEmpty();

        test(form.aliases).setValue("我的钢铁网\nMysteel");
        clickSave();
        var saved = sources.findByCode("mysteel-ui").orElseThrow();
        assertThat(sources.aliases(saved.getId())).containsExactly("我的钢铁网", "Mysteel");

        test($(ListToolbar.class).single().getSearchField()).setValue("mysteel-ui");
        test($(Grid.class).single()).select(0);
        assertThat($(SourceForm.class).single().aliases.getValue()).isEqualTo("我的钢铁网\nMysteel");
    }

    @Test
    void staleEditShowsChangedBySomeoneElseAndSavesAfterReload() {
        var created = sources.create(new SourceData("stale-ui-src", "Stale agency", null, null), List.of("Stale"));
        navigate(SourceAdminView.class);
        test($(ListToolbar.class).single().getSearchField()).setValue("stale-ui-src");
        test($(Grid.class).single()).select(0);
        var form = $(SourceForm.class).single();
        test(form.name).setValue("My rename");

        // Another admin saves the same source while the dialog is open.
        sources.update(
                created.requireId(),
                created.getVersion(),
                new SourceData("stale-ui-src", "Their rename", null, null),
                List.of("Stale"));
        clickSave();

        var problem = $(Div.class).withClassName("editor-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getElement().getTextRecursively()).contains("changed by someone else");
        assertThat(form.name.getValue()).isEqualTo("My rename");
        assertThat(sources.get(created.requireId()).getName()).isEqualTo("Their rename");

        test($(Button.class).withText("Reload").single()).click();
        assertThat(problem.isVisible()).isFalse();
        assertThat(form.name.getValue()).isEqualTo("Their rename");
        test(form.name).setValue("My rename");
        clickSave();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Source stale-ui-src saved");
        assertThat(sources.get(created.requireId()).getName()).isEqualTo("My rename");
        assertThat(sources.aliases(created.requireId())).containsExactly("Stale");
    }

    private void clickSave() {
        test($(Button.class).withText("Save").single()).click();
    }
}
