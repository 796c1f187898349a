package app.neodesk.team.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.RecordForm;
import app.neodesk.team.AppUser;
import app.neodesk.team.PasswordPolicy;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import app.neodesk.team.UserData;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user account. The user name is set once, when the user is created, together with an initial
 * password that the user must change at first sign-in.
 */
public class UserForm extends RecordForm<UserData> {

    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Initial password");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>("Teams");
    final Checkbox enabled = new Checkbox("Enabled (may sign in)");
    private final Binder.Binding<UserData, String> usernameBinding;

    public UserForm(List<Team> allTeams) {
        super(UserData.class);
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
                .bind("roles");
        // The record keeps team ids; the field shows the teams.
        binder.forField(unboundField("teams", teams))
                .withConverter(
                        (Set<Team> chosen) ->
                                chosen.stream().map(Team::requireId).collect(Collectors.toSet()),
                        (Set<Long> ids) -> allTeams.stream()
                                .filter(t -> ids.contains(t.requireId()))
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind("teamIds");
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
    protected Focusable<?> firstField(Editing<UserData> value) {
        return value.isNew() ? username : displayName;
    }

    @Override
    protected void beforeRead(Editing<UserData> value) {
        // A saved user's name never changes (the service refuses another one).
        usernameBinding.setReadOnly(!value.isNew());
        password.setVisible(value.isNew());
        password.clear();
    }

    @Override
    protected boolean validateUnbound(Editing<UserData> value) {
        if (value.isNew() && password.getValue().isBlank()) {
            password.setErrorMessage("Enter an initial password");
            password.setInvalid(true);
            return false;
        }
        password.setInvalid(false);
        return true;
    }
}
