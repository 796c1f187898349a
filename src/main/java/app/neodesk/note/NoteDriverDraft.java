package app.neodesk.note;

import app.neodesk.catalog.Product;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import app.neodesk.team.Team;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A driver annotation the note proposes, one per section, for the analyst to review. */
public record NoteDriverDraft(
        String title,
        String body,
        DriverCategory category,
        Direction direction,
        Impact impact,
        List<Product> products,
        LocalDate date,
        Visibility visibility,
        List<Team> teams,
        @Nullable String sourceName,
        boolean include) {

    public NoteDriverDraft with(
            String newTitle,
            String newBody,
            DriverCategory newCategory,
            Direction newDirection,
            Impact newImpact,
            List<Product> newProducts,
            Visibility newVisibility,
            boolean newInclude) {
        return new NoteDriverDraft(
                newTitle,
                newBody,
                newCategory,
                newDirection,
                newImpact,
                List.copyOf(newProducts),
                date,
                newVisibility,
                teams,
                sourceName,
                newInclude);
    }
}
