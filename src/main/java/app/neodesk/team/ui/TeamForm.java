package app.neodesk.team.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.RecordForm;
import app.neodesk.team.AppUser;
import app.neodesk.team.Team;
import app.neodesk.team.TeamData;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/** A team (desk): its name, a description and exactly who its members are. */
public class TeamForm extends RecordForm<TeamData> {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final MultiSelectComboBox<AppUser> members = new MultiSelectComboBox<>("Members");
    private final LongFunction<Collection<AppUser>> membersOf;

    /**
     * @param allUsers  the users to choose members from
     * @param membersOf the current members of a saved team, by its id
     */
    public TeamForm(List<AppUser> allUsers, LongFunction<Collection<AppUser>> membersOf) {
        super(TeamData.class);
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

    /** The ids of the members chosen in the form. */
    public List<Long> getMemberIds() {
        return members.getValue().stream().map(AppUser::requireId).toList();
    }

    @Override
    protected Focusable<?> firstField(Editing<TeamData> value) {
        return name;
    }

    @Override
    protected void afterRead(Editing<TeamData> value) {
        var id = value.id();
        members.setValue(id == null ? Set.of() : Set.copyOf(membersOf.apply(id)));
    }
}
