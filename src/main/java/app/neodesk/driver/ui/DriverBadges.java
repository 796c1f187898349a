package app.neodesk.driver.ui;

import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Small labelled spans shared by the driver views; colours come from styles.css. */
final class DriverBadges {

    private DriverBadges() {
    }

    static Span category(@Nullable DriverCategory category) {
        var span = new Span(category == null ? "" : category.label());
        span.addClassNames("driver-badge", "driver-cat-" + (category == null ? "none" : category.urlValue()));
        return span;
    }

    static Span direction(@Nullable Direction direction) {
        var symbol = direction == null ? "" : switch (direction) {
            case BULLISH -> "▲ ";
            case BEARISH -> "▼ ";
            case NEUTRAL -> "● ";
        };
        var span = new Span(direction == null ? "" : symbol + direction.label());
        span.addClassNames("driver-dir", "driver-dir-" + (direction == null ? "none" : direction.urlValue()));
        return span;
    }

    static String impact(@Nullable Impact impact) {
        return impact == null ? "" : impact.label();
    }

    static String visibility(DriverAnnotation a) {
        if (a.getVisibility() == Visibility.TEAM) {
            return "Team: " + String.join(", ", a.getTeams().stream().map(t -> t.getName()).sorted().toList());
        }
        return a.getVisibility() == Visibility.PRIVATE ? "Private" : "Everyone";
    }

    static String dates(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null) {
            return "";
        }
        return end == null || end.equals(start) ? start.toString() : start + " – " + end;
    }
}
