package app.neodesk.team;

import java.util.Locale;

/**
 * The colour of an up move. Chinese sources (SMM, Yangtze) show up in red and down in green;
 * Western screens show up in green and down in red.
 */
public enum RiseColor {
    RED("Up is red (China)"),
    GREEN("Up is green (international)");

    private final String label;

    RiseColor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The convention of the locale's language: red up for Chinese, green up for any other. */
    public static RiseColor defaultFor(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? RED : GREEN;
    }
}
