package app.neodesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.team.RiseColor;
import app.neodesk.team.ThemeMode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The served page carries the user's choices on {@code <html>}, replacing the app shell's default. */
class PageThemeTest {

    /** What Vaadin serves with {@code @ColorScheme(SYSTEM)} on the app shell. */
    private static final String SERVED = "<!doctype html><html lang=\"en\" theme=\"light-dark\" "
            + "style=\"color-scheme: light dark;\"><head></head><body></body></html>";

    @Test
    void darkChoiceReplacesTheSystemDefaultOnTheServedPage() {
        var document = Jsoup.parse(SERVED);
        PageTheme.apply(document, ThemeMode.DARK, RiseColor.RED);
        var html = document.head().parent();
        assertThat(html.attr("theme")).isEqualTo("dark");
        assertThat(html.attr("style")).isEqualTo("color-scheme: dark;");
        assertThat(html.attr(PageTheme.RISE_ATTRIBUTE)).isEqualTo("red");
        assertThat(html.attr("lang")).isEqualTo("en");
    }

    @Test
    void systemAndLightChoicesAndOtherInlineStylesAreKept() {
        var document = Jsoup.parse(SERVED.replace("style=\"", "style=\"scroll-behavior: smooth; "));
        PageTheme.apply(document, ThemeMode.SYSTEM, RiseColor.GREEN);
        var html = document.head().parent();
        assertThat(html.attr("theme")).isEqualTo("light-dark");
        assertThat(html.attr("style")).isEqualTo("scroll-behavior: smooth; color-scheme: light dark;");
        assertThat(html.attr(PageTheme.RISE_ATTRIBUTE)).isEqualTo("green");

        PageTheme.apply(document, ThemeMode.LIGHT, RiseColor.GREEN);
        assertThat(html.attr("theme")).isEqualTo("light");
        assertThat(html.attr("style")).isEqualTo("scroll-behavior: smooth; color-scheme: light;");
    }

    @Test
    void everyThemeModeMapsToALumoColourScheme() {
        for (var mode : ThemeMode.values()) {
            assertThat(PageTheme.colorScheme(mode).getThemeValue()).isIn("light-dark", "light", "dark");
        }
    }
}
