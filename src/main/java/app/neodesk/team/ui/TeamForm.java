package app.neodesk.team.ui;

import app.neodesk.base.ui.EntityForm;
import app.neodesk.team.AppUser;
import app.neodesk.team.Team;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A team (desk): its name, a description and exactly who its members are. */
public class TeamForm extends EntityForm<Team> {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final MultiSelectComboBox<AppUser> members = new MultiSelectComboBox<>("Members");
    private final Function<Team, Collection<AppUser>> membersOf;

    /**
     * @param allUsers  the users to choose members from
     * @param membersOf the current members of a saved team
     */
    public TeamForm(List<AppUser> allUsers, Function<Team, Collection<AppUser>> membersOf) {
        super(Team.class);
        this.membersOf = membersOf;
        name.setMaxLength(Team.NAME_MAX_LENGTH);
        description.setMaxLength(Team.DESCRIPTION_MAX_LENGTH);
        keepEnterInside(description);
        members.setItems(allUsers);
        members.setItemLabelGenerator(AppUser::toString);
        members.setHelperText("Members see the annotations shared with this team");
        unboundField("members", members);

        binder.forField(name).bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");

        var layout = getContent();
        layout.add(name, description, members);
        layout.setColspan(description, 2);
        layout.setColspan(members, 2);
    }

    /** The members chosen in the form. */
    public Set<AppUser> getMembers() {
        return new LinkedHashSet<>(members.getValue());
    }

    @Override
    protected Focusable<?> firstField(Team bean) {
        return name;
    }

    @Override
    protected void afterRead(Team bean) {
        members.setValue(bean.isNew() ? Set.of() : Set.copyOf(membersOf.apply(bean)));
    }
}
