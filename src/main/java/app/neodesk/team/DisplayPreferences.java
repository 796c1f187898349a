package app.neodesk.team;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a user wants to see the screens.
 *
 * @param themeMode light, dark, or the system's setting
 * @param riseColor the colour of an up move, or {@code null} while the user has not chosen one:
 *                  then it follows the locale ({@link RiseColor#defaultFor})
 */
public record DisplayPreferences(
        ThemeMode themeMode, @Nullable RiseColor riseColor) {

    /** What a user who never chose anything gets. */
    public static final DisplayPreferences DEFAULT = new DisplayPreferences(ThemeMode.SYSTEM, null);

    /** The colour of an up move for this user, seen in {@code locale} when they have not chosen. */
    public RiseColor riseColorFor(Locale locale) {
        return riseColor != null ? riseColor : RiseColor.defaultFor(locale);
    }
}
