package app.neodesk.intake;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns Excel cell values into the text the mapping reads: dates as ISO text (2023-09-01) and
 * numbers as plain decimals at their full precision (1085000, 108.55), whatever the cell's display
 * format rounds them to. Text cells stay as they are.
 */
final class ExcelCells extends DataFormatter {

    ExcelCells() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (formatString != null
                && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
        }
        return plain(value);
    }

    /** The shortest decimal that reads back as the same double: 108.55, not 108.55000000000001. */
    static String plain(double value) {
        var decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }
}
