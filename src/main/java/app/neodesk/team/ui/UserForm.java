package app.neodesk.team.ui;

import app.neodesk.base.ui.EntityForm;
import app.neodesk.team.AppUser;
import app.neodesk.team.PasswordPolicy;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;

/**
 * A user account. The user name is set once, when the user is created, together with an initial
 * password that the user must change at first sign-in.
 */
public class UserForm extends EntityForm<AppUser> {

    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Initial password");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>("Teams");
    final Checkbox enabled = new Checkbox("Enabled (may sign in)");
    private final Binder.Binding<AppUser, String> usernameBinding;

    public UserForm(List<Team> allTeams) {
        super(AppUser.class);
        username.setMaxLength(AppUser.USERNAME_MAX_LENGTH);
        username.setHelperText("The sign-in name, e.g. jchen. It cannot change later.");
        displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX_LENGTH);
        password.setHelperText(PasswordPolicy.HINT + ". The user must change it at first sign-in.");
        password.setRequiredIndicatorVisible(true);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        teams.setItems(allTeams);
        teams.setItemLabelGenerator(Team::getName);
        teams.setHelperText("Team annotations are shared with the members of these teams");

        // Empty input breaks two constraints; name the one that helps.
        usernameBinding =
                binder.forField(username).asRequired("Enter a user name").bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(unboundField("roles", roles))
                .asRequired("Give the user at least one role")
                .bind(AppUser::getRoles, AppUser::setRoles);
        binder.forField(unboundField("teams", teams)).bind(AppUser::getTeams, AppUser::setTeams);
        binder.forField(enabled).bind("enabled");
        unboundField("password", password);

        var layout = getContent();
        layout.add(username, displayName, password, roles, teams, enabled);
        layout.setColspan(password, 2);
        layout.setColspan(teams, 2);
    }

    /** The initial password typed for a new user. */
    public String getPassword() {
        return password.getValue();
    }

    @Override
    protected Focusable<?> firstField(AppUser bean) {
        return bean.isNew() ? username : displayName;
    }

    @Override
    protected void beforeRead(AppUser bean) {
        // A saved user's name never changes; a read-only binding is not written back.
        usernameBinding.setReadOnly(!bean.isNew());
        password.setVisible(bean.isNew());
        password.clear();
    }

    @Override
    protected boolean validateUnbound(AppUser bean) {
        if (bean.isNew() && password.getValue().isBlank()) {
            password.setErrorMessage("Enter an initial password");
            password.setInvalid(true);
            return false;
        }
        password.setInvalid(false);
        return true;
    }
}
