package app.neodesk.driver;

/** How strongly a driver is expected to move the price. */
public enum Impact {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Impact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
