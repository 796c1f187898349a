package app.neodesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * The "Excel (.xlsx)" download link the history, chart and drivers views offer beside their CSV
 * download: the workbook is written by a service when the link is followed.
 */
public final class ExcelDownload {

    public static final String LABEL = "Excel (.xlsx)";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CLASS_NAME = "export-xlsx";

    /** Writes the workbook. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private ExcelDownload() {}

    /** The download handler: {@code fileName} (asked when the link is followed) with the workbook {@code body} writes. */
    public static DownloadHandler handler(Supplier<String> fileName, Body body) {
        return event -> {
            event.setFileName(fileName.get());
            event.setContentType(CONTENT_TYPE);
            body.write(event.getOutputStream());
        };
    }

    /** The link "Excel (.xlsx)" that downloads the workbook. */
    public static Anchor link(Supplier<String> fileName, Body body) {
        var anchor = new Anchor(handler(fileName, body), AttachmentType.DOWNLOAD, LABEL);
        anchor.addClassName(CLASS_NAME);
        return anchor;
    }
}
