package app.neodesk.driver.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.neodesk.driver.DriverCategory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The driver badges' text against their background, as styles.css defines them for the light and
 * the dark colour scheme, meets WCAG AA for normal text (4.5:1), with a margin (5:1).
 */
class DriverBadgeContrastTest {

    private static final double REQUIRED = 5.0;
    private static final String HEX = "(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})";

    @Test
    void everyCategoryBadgeIsReadableInLightAndDarkScheme() throws IOException {
        var css = styles();
        var text = lightDark(css, "--neodesk-driver-badge-text");
        for (var category : DriverCategory.values()) {
            var background = lightDark(css, "--neodesk-driver-" + category.urlValue());
            assertThat(contrast(text[0], background[0])).as(category + " light").isGreaterThanOrEqualTo(REQUIRED);
            assertThat(contrast(text[1], background[1])).as(category + " dark").isGreaterThanOrEqualTo(REQUIRED);
        }
    }

    @Test
    void contrastFormulaMatchesWcagReferenceValues() {
        assertThat(contrast("#ffffff", "#000000")).isCloseTo(21.0, offset(0.01));
        assertThat(contrast("#fff", "#2ca02c")).as("the old demand green").isLessThan(4.5);
        assertThat(contrast("#ffffff", "#767676")).isCloseTo(4.54, offset(0.01));
    }

    private static String[] lightDark(String css, String property) {
        var m = Pattern.compile(
                        Pattern.quote(property) + ":\\s*light-dark\\(\\s*" + HEX + "\\s*,\\s*" + HEX + "\\s*\\)")
                .matcher(css);
        assertThat(m.find())
                .as(property + ": light-dark(#light, #dark) in styles.css")
                .isTrue();
        return new String[] {m.group(1), m.group(2)};
    }

    static double contrast(String a, String b) {
        var la = luminance(a);
        var lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        var h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String styles() throws IOException {
        try (InputStream in =
                DriverBadgeContrastTest.class.getClassLoader().getResourceAsStream("META-INF/resources/styles.css")) {
            assertThat(in).as("styles.css on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
