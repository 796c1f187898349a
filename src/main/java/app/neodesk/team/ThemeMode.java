package app.neodesk.team;

/** A user's choice of light or dark screens. */
public enum ThemeMode {
    /** Follow the operating system's or browser's setting ({@code prefers-color-scheme}). */
    SYSTEM("System"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
