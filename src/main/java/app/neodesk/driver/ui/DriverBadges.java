package app.neodesk.driver.ui;

import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Small labelled spans shared by the driver views; colours come from styles.css. */
final class DriverBadges {

    private DriverBadges() {}

    static Span category(@Nullable DriverCategory category) {
        var span = new Span(categoryText(category));
        span.addClassNames("driver-badge", categoryClass(category));
        return span;
    }

    static Span direction(@Nullable Direction direction) {
        var span = new Span(directionText(direction));
        span.addClassNames("driver-dir", directionClass(direction));
        return span;
    }

    /** The category badge as a grid column renders it: a template in the browser, no component per row. */
    static <T> LitRenderer<T> categoryRenderer(Function<T, @Nullable DriverCategory> category) {
        return LitRenderer.<T>of("<span class=\"driver-badge ${item.cls}\">${item.text}</span>")
                .withProperty("cls", row -> categoryClass(category.apply(row)))
                .withProperty("text", row -> categoryText(category.apply(row)));
    }

    /** The direction label as a grid column renders it. */
    static <T> LitRenderer<T> directionRenderer(Function<T, @Nullable Direction> direction) {
        return LitRenderer.<T>of("<span class=\"driver-dir ${item.cls}\">${item.text}</span>")
                .withProperty("cls", row -> directionClass(direction.apply(row)))
                .withProperty("text", row -> directionText(direction.apply(row)));
    }

    private static String categoryText(@Nullable DriverCategory category) {
        return category == null ? "" : category.label();
    }

    private static String categoryClass(@Nullable DriverCategory category) {
        return "driver-cat-" + (category == null ? "none" : category.urlValue());
    }

    private static String directionText(@Nullable Direction direction) {
        if (direction == null) {
            return "";
        }
        var symbol = switch (direction) {
            case BULLISH -> "▲ ";
            case BEARISH -> "▼ ";
            case NEUTRAL -> "● ";
        };
        return symbol + direction.label();
    }

    private static String directionClass(@Nullable Direction direction) {
        return "driver-dir-" + (direction == null ? "none" : direction.urlValue());
    }

    static String impact(@Nullable Impact impact) {
        return impact == null ? "" : impact.label();
    }

    static String visibility(DriverAnnotation a) {
        if (a.getVisibility() == Visibility.TEAM) {
            return "Team: "
                    + String.join(
                            ", ",
                            a.getTeams().stream().map(t -> t.getName()).sorted().toList());
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
