package app.neodesk.audit.ui;

import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditFilter;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.base.ui.ListToolbar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The permanent audit trail, newest first, filtered by entity type, actor, text in the summary and
 * a date range. Click a row to read its whole summary.
 */
@Route("admin/audit")
@PageTitle("Audit trail · Neodesk")
@Menu(order = 104, icon = "vaadin:clipboard-text", title = "Audit trail")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    /** The entity types the audit trail records; pick one or type another. */
    static final List<String> ENTITY_TYPES = List.of("Product", "Source", "User", "Team");

    final ComboBox<String> entityType = new ComboBox<>();
    final ComboBox<String> actor = new ComboBox<>();
    final DatePicker from = new IsoDatePicker();
    final DatePicker to = new IsoDatePicker();
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private String text = "";

    public AuditView(AuditService audit, Clock clock) {
        setSizeFull();
        var toolbar = new ListToolbar("Audit trail", "Search in the summary", value -> {
            text = value;
            refresh();
        });
        var actors = new ArrayList<>(audit.actorNames());
        filter(entityType, "Entity type", new ArrayList<>(ENTITY_TYPES));
        filter(actor, "Actor", actors);
        from.setPlaceholder("From");
        from.setAriaLabel("From date");
        to.setPlaceholder("To");
        to.setAriaLabel("To date (inclusive)");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        toolbar.addFilters(entityType, actor, from, to);

        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        grid.addColumn(e -> time.format(e.getOccurredAt()))
                .setHeader("Time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor)
                .setHeader("Actor")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.getAction().name().toLowerCase(Locale.ROOT))
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.getEntityType() + (e.getEntityId() == null ? "" : " #" + e.getEntityId()))
                .setHeader("Entity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getSummary)
                .setHeader("Summary")
                .setFlexGrow(1)
                .setTooltipGenerator(AuditEvent::getSummary);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> {
            var summary = new Paragraph(e.getSummary());
            summary.addClassName("audit-summary");
            return summary;
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(pageable -> audit.search(
                        new AuditFilter(entityType.getValue(), actor.getValue(), text, from.getValue(), to.getValue()),
                        pageable)
                .getContent());
        add(toolbar, grid);
        expand(grid);
    }

    /** A filter box with suggestions that also accepts a typed value. */
    private void filter(ComboBox<String> box, String label, List<String> suggestions) {
        box.setPlaceholder(label);
        box.setAriaLabel(label);
        box.setItems(suggestions);
        box.setClearButtonVisible(true);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            var value = e.getDetail().strip();
            if (!value.isEmpty() && !suggestions.contains(value)) {
                suggestions.add(value);
                box.getListDataView().refreshAll();
            }
            box.setValue(value.isEmpty() ? null : value);
        });
        box.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
