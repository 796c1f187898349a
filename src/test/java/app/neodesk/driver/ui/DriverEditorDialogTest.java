package app.neodesk.driver.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@NeodeskViewTest
@WithMockUser(username = "trader", roles = "VIEWER")
class DriverEditorDialogTest extends SpringBrowserlessTest {

    @Autowired
    DriverService drivers;

    @Autowired
    ProductService products;

    @Test
    // Commits for real: each edit is a transaction of its own, so the second one holds a stale version.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theAuthorEditsInTheDialogAndTheAuthorAndCreationStay() {
        var created = drivers.create(note("氧化镝：赣州分离厂检修 (dialog edit)"));
        navigate("drivers/" + created.requireId(), DriverDetailView.class);
        test($(Button.class).withClassName("edit-driver").single()).click();

        var dialog = $(DriverEditorDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit driver");
        var form = dialog.getForm();
        assertThat(form.title.getValue()).isEqualTo("氧化镝：赣州分离厂检修 (dialog edit)");
        assertThat(form.products.getValue()).extracting(Product::getCode).containsExactly("dy-oxide-cn");
        assertThat(form.teams.isVisible()).as("a private note has no teams").isFalse();
        test(form.title).setValue("氧化镝：赣州分离厂检修结束 (dialog edit)");
        test(form.endDate).setValue(LocalDate.of(2031, 3, 20));
        clickSave();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Driver saved");
        assertThat(dialog.isOpened()).isFalse();
        var stored = drivers.get(created.requireId());
        assertThat(stored.getTitle()).isEqualTo("氧化镝：赣州分离厂检修结束 (dialog edit)");
        assertThat(stored.getEndDate()).isEqualTo(LocalDate.of(2031, 3, 20));
        assertThat(stored.getAuthorUsername()).isEqualTo("trader");
        assertThat(stored.getCreatedAt()).isEqualTo(created.getCreatedAt());
        assertThat(stored.getVersion()).isGreaterThan(created.getVersion());
    }

    @Test
    void aStaleEditInTheDialogIsRefusedAndKeepsBothTheInputAndTheOtherEdit() {
        var created = drivers.create(note("氧化铽：出口许可收紧 (stale dialog)"));
        navigate("drivers/" + created.requireId(), DriverDetailView.class);
        test($(Button.class).withClassName("edit-driver").single()).click();
        var dialog = $(DriverEditorDialog.class).single();
        test(dialog.getForm().title).setValue("氧化铽：我的修改");

        // The same author saves from another tab while the dialog is open.
        drivers.update(
                created.requireId(),
                created.getVersion(),
                DriverData.of(created).withTitle("氧化铽：另一个标签页的修改"));
        clickSave();

        assertThat(test($(Notification.class).last()).getText()).contains("changed by someone else");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getForm().title.getValue()).isEqualTo("氧化铽：我的修改");
        assertThat(drivers.get(created.requireId()).getTitle()).isEqualTo("氧化铽：另一个标签页的修改");
    }

    private DriverData note(String title) {
        return new DriverData(
                title,
                LocalDate.of(2031, 3, 17),
                null,
                Set.of(products.findByCode("dy-oxide-cn").orElseThrow()),
                DriverCategory.SUPPLY,
                Direction.BULLISH,
                Impact.MEDIUM,
                Set.of("dialog-test"),
                Visibility.PRIVATE,
                Set.of(),
                "上海有色网",
                null,
                null);
    }

    private void clickSave() {
        test($(Button.class).withClassName("save-driver").single()).click();
    }
}
