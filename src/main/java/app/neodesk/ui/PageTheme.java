package app.neodesk.ui;

import app.neodesk.team.RiseColor;
import app.neodesk.team.ThemeMode;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Page;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Puts a user's display preferences on the page's {@code <html>} element, where every style reads
 * them: Lumo's colour scheme ({@code theme="light-dark"}, {@code "light"} or {@code "dark"}, as
 * {@link Page#setColorScheme} sets it) and the colour convention of price moves
 * ({@code data-rise="red"} or {@code "green"}), which flips {@code --neodesk-rise} and
 * {@code --neodesk-fall} in styles.css.
 */
public final class PageTheme {

    /** The {@code <html>} attribute that says which colour an up move has. */
    public static final String RISE_ATTRIBUTE = "data-rise";

    private static final Pattern COLOR_SCHEME_DECLARATION = Pattern.compile("color-scheme\\s*:[^;]*;?\\s*");

    private PageTheme() {}

    static ColorScheme.Value colorScheme(ThemeMode mode) {
        return switch (mode) {
            case SYSTEM -> ColorScheme.Value.SYSTEM;
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
        };
    }

    static String riseValue(RiseColor color) {
        return color.name().toLowerCase(Locale.ROOT);
    }

    /** Switches the open page's theme at once. */
    static void apply(Page page, ThemeMode mode) {
        page.setColorScheme(colorScheme(mode));
    }

    /** Switches the open page's colour convention at once. */
    static void apply(Page page, RiseColor color) {
        page.executeJs("document.documentElement.setAttribute($0, $1)", RISE_ATTRIBUTE, riseValue(color));
    }

    /**
     * Writes both into the page as it is served, so the first paint already has the user's theme
     * and colours (no flash of the wrong theme). Replaces what {@code @ColorScheme} wrote there.
     */
    static void apply(Document document, ThemeMode mode, RiseColor color) {
        var html = document.head().parent();
        if (html == null) {
            return;
        }
        var scheme = colorScheme(mode);
        html.attr("theme", scheme.getThemeValue());
        var style = COLOR_SCHEME_DECLARATION
                .matcher(html.attr("style"))
                .replaceAll("")
                .strip();
        html.attr("style", (style.isEmpty() ? "" : style + " ") + "color-scheme: " + scheme.getValue() + ";");
        html.attr(RISE_ATTRIBUTE, riseValue(color));
    }
}
