package app.neodesk.team;

import app.neodesk.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A desk: a group of users who share annotations. */
@Entity
@Table(name = "team")
public class Team extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 60;
    public static final int DESCRIPTION_MAX_LENGTH = 500;
    public static final String SORT_NAME = "name";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotBlank(message = "Enter a team name")
    @Size(max = NAME_MAX_LENGTH, message = "At most " + NAME_MAX_LENGTH + " characters")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Size(max = DESCRIPTION_MAX_LENGTH, message = "At most " + DESCRIPTION_MAX_LENGTH + " characters")
    @Column(length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    protected Team() {}

    public Team(String name) {
        this.name = name;
    }

    /** A new team with these values. */
    static Team of(TeamData data) {
        var team = new Team();
        team.apply(data);
        return team;
    }

    /** Takes the edited values (already trimmed by {@link TeamData}). */
    void apply(TeamData data) {
        name = data.name();
        description = data.description();
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return name;
    }
}
