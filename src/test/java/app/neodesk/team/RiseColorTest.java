package app.neodesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RiseColorTest {

    @Test
    void chineseLocalesDefaultToUpIsRed() {
        assertThat(RiseColor.defaultFor(Locale.SIMPLIFIED_CHINESE)).isEqualTo(RiseColor.RED);
        assertThat(RiseColor.defaultFor(Locale.TRADITIONAL_CHINESE)).isEqualTo(RiseColor.RED);
        assertThat(RiseColor.defaultFor(Locale.forLanguageTag("zh"))).isEqualTo(RiseColor.RED);
        assertThat(RiseColor.defaultFor(Locale.forLanguageTag("zh-Hans-SG"))).isEqualTo(RiseColor.RED);
    }

    @Test
    void otherLocalesDefaultToUpIsGreen() {
        assertThat(RiseColor.defaultFor(Locale.US)).isEqualTo(RiseColor.GREEN);
        assertThat(RiseColor.defaultFor(Locale.UK)).isEqualTo(RiseColor.GREEN);
        assertThat(RiseColor.defaultFor(Locale.GERMANY)).isEqualTo(RiseColor.GREEN);
        assertThat(RiseColor.defaultFor(Locale.JAPAN)).isEqualTo(RiseColor.GREEN);
        assertThat(RiseColor.defaultFor(Locale.ROOT)).isEqualTo(RiseColor.GREEN);
    }

    @Test
    void aChosenColourWinsOverTheLocale() {
        var chosenGreen = new DisplayPreferences(ThemeMode.DARK, RiseColor.GREEN);
        assertThat(chosenGreen.riseColorFor(Locale.SIMPLIFIED_CHINESE)).isEqualTo(RiseColor.GREEN);
        var chosenRed = new DisplayPreferences(ThemeMode.LIGHT, RiseColor.RED);
        assertThat(chosenRed.riseColorFor(Locale.US)).isEqualTo(RiseColor.RED);
    }

    @Test
    void withoutAChoiceTheLocaleDecides() {
        assertThat(DisplayPreferences.DEFAULT.riseColorFor(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(RiseColor.RED);
        assertThat(DisplayPreferences.DEFAULT.riseColorFor(Locale.US)).isEqualTo(RiseColor.GREEN);
        assertThat(DisplayPreferences.DEFAULT.themeMode()).isEqualTo(ThemeMode.SYSTEM);
    }
}
