package app.neodesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.Role;
import app.neodesk.team.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A password over bcrypt's 72 bytes is a field error on the password page, never an exception. */
@NeodeskViewTest
@WithMockUser(username = "pw.page", roles = "VIEWER")
class ChangePasswordViewTest extends SpringBrowserlessTest {

    private static final String CURRENT = "current-password-1";
    /** 28 Chinese characters: 84 bytes in UTF-8. */
    private static final String CHINESE_28 = "稀土价格上涨钕镨镝铽氧化物金属合金市场供应需求政策宏观面";

    /** Before the first UI opens (it opens the start page as the signed-in user). */
    @BeforeAll
    static void createUser(@Autowired UserService users) {
        SystemAuthentication.run(() ->
                users.bootstrap("pw.page", "Password Page", CURRENT, false, true, Set.of(Role.VIEWER), List.of()));
    }

    @Test
    void newPasswordOfTwentyEightChineseCharactersShowsTheByteLimitAtTheNewPasswordField() {
        var view = navigate(ChangePasswordView.class);
        var fields = find(PasswordField.class).all();
        test(fields.get(0)).setValue(CURRENT);
        test(fields.get(1)).setValue(CHINESE_28);
        test(fields.get(2)).setValue(CHINESE_28);
        test(find(Button.class).withText("Change password").single()).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(fields.get(1).isInvalid()).isTrue();
        assertThat(fields.get(1).getErrorMessage())
                .startsWith("The password is too long: at most 72 bytes")
                .endsWith("(this one has 84 bytes)");
        assertThat(fields.get(0).isInvalid()).isFalse();
        assertThat(fields.get(1).getValue()).as("what was typed stays").isEqualTo(CHINESE_28);
    }
}
