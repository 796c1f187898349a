package app.neodesk.intake.ui;

import app.neodesk.base.ui.Headings;
import app.neodesk.quote.ImportProblem;
import app.neodesk.quote.ImportReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Step 5: what the import did. Counts; every problem in a lazy grid, whole messages with their
 * values (wrapped, never cut off); all problems as CSV; and an upload for the next file right here.
 */
public class ReportStep extends VerticalLayout {

    final Span summary = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    final Anchor download;
    final DownloadHandler csv;
    final Anchor warningsDownload;
    final DownloadHandler warningsCsv;
    private final ImportReport report;

    public ReportStep(String fileName, ImportReport report, UploadStep nextUpload) {
        this.report = report;
        addClassName("report-step");
        setPadding(false);
        summary.addClassName("import-status");
        summary.addClassName(report.imported() > 0 || report.succeeded() ? "rise" : "fall");
        summary.setText(summary(report));
        problems.addColumn(ImportProblem::line)
                .setHeader("Line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::column)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.value() == null ? "" : p.value())
                .setHeader("Value")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setItems(query -> report.problemPage(query.getOffset(), query.getLimit()).stream());
        problems.setHeight("24rem");
        problems.setVisible(report.problemCount() > 0);
        csv = event -> {
            event.setFileName(baseName(fileName) + "-problems.csv");
            event.setContentType("text/csv; charset=utf-8");
            report.writeProblemsCsv(event.getOutputStream());
        };
        download = new Anchor(csv, AttachmentType.DOWNLOAD, "Download problems (CSV)");
        download.addClassName("problems-download");
        download.setVisible(report.problemCount() > 0);
        warningsCsv = event -> {
            event.setFileName(baseName(fileName) + "-warnings.csv");
            event.setContentType("text/csv; charset=utf-8");
            report.writeWarningsCsv(event.getOutputStream());
        };
        warningsDownload = new Anchor(warningsCsv, AttachmentType.DOWNLOAD, "Download warnings (CSV)");
        warningsDownload.addClassName("warnings-download");
        warningsDownload.setVisible(report.warningCount() > 0);
        add(summary, problems, download, warningsDownload, Headings.section("Import another file"), nextUpload);
    }

    public ImportReport report() {
        return report;
    }

    static String summary(ImportReport r) {
        var skipped = r.skippedRows();
        var text = new StringBuilder();
        if (r.imported() == 0 && r.problemCount() > 0) {
            text.append("Nothing was imported: ")
                    .append(r.problemCount())
                    .append(r.problemCount() == 1 ? " problem" : " problems")
                    .append(" in ")
                    .append(r.rows())
                    .append(" rows. Fix the file, change the mapping, or choose" + " \"import the valid rows only\".");
        } else {
            text.append("Imported ")
                    .append(r.imported())
                    .append(r.imported() == 1 ? " quote" : " quotes")
                    .append(" from ")
                    .append(r.rows())
                    .append(" rows");
            if (r.skipped() > 0) {
                text.append("; ").append(r.skipped()).append(" identical to stored quotes were skipped");
            }
            if (skipped.total() > 0) {
                text.append("; ").append(skipped.total()).append(" rows with problems were not imported");
            }
            text.append('.');
        }
        if (skipped.total() > 0) {
            text.append(" Not imported: ")
                    .append(skipped.unreadable())
                    .append(" unreadable, ")
                    .append(skipped.invalid())
                    .append(" invalid, ")
                    .append(skipped.duplicates())
                    .append(" duplicates in the file, ")
                    .append(skipped.conflicts())
                    .append(" conflicting with stored quotes, ")
                    .append(skipped.scale())
                    .append(" far from the stored level.");
        }
        if (r.midsFixed() > 0) {
            text.append(' ').append(r.midsFixed()).append(" mids outside low–high were stored as (low+high)/2.");
        }
        if (r.warningCount() > 0) {
            text.append(' ')
                    .append(r.warningCount())
                    .append(r.warningCount() == 1 ? " warning" : " warnings")
                    .append(" (e.g. weekend dates, fixed mids), listed in \"Download warnings (CSV)\".");
        }
        return text.toString();
    }

    private static String baseName(String fileName) {
        var name = fileName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return name.isBlank() ? "import" : name;
    }
}
