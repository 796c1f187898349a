package app.neodesk.intake;

import java.util.List;

/**
 * One row of a vendor table as text: its line (CSV) or row number (Excel, 1-based) and its cells.
 * Excel dates arrive as ISO text (2023-09-01) and Excel numbers as plain decimals.
 */
public record TableRow(long line, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or "" where the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
