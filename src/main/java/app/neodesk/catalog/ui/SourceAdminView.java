package app.neodesk.catalog.ui;

import app.neodesk.base.ui.EditorDialog;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.base.ui.Notifications;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/** Admins maintain the price sources: agencies and the desk's own deals. */
@Route("admin/sources")
@PageTitle("Sources · Neodesk")
@Menu(order = 101, icon = "vaadin:newspaper", title = "Sources")
@RolesAllowed("ADMIN")
public class SourceAdminView extends VerticalLayout {

    private final SourceService sources;
    private final Grid<Source> grid = new Grid<>(Source.class, false);
    private String text = "";

    public SourceAdminView(SourceService sources) {
        this.sources = sources;
        setSizeFull();

        var toolbar = new ListToolbar("Sources", "Search by code or name", value -> {
            text = value;
            refresh();
        });
        toolbar.addPrimaryAction("New source", () -> edit(Source.blank()));

        grid.addColumn(Source::getCode).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Source::getName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(s -> s.getUrl() == null ? "" : s.getUrl())
                .setHeader("Web address")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> sources.search(text, pageable).getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(sources.get(Objects.requireNonNull(e.getValue().getId())));
            }
        });
        add(toolbar, grid);
        expand(grid);
    }

    private void edit(Source source) {
        var form = new SourceForm(s -> sources.aliases(Objects.requireNonNull(s.getId())));
        var dialog = new EditorDialog<>(
                source.isNew() ? "New source" : "Source " + source.getCode(),
                form,
                s -> sources.save(s, form.getAliases()),
                s -> sources.get(Objects.requireNonNull(s.getId())),
                saved -> {
                    Notifications.success("Source " + saved.getCode() + " saved");
                    refresh();
                });
        dialog.onClose(grid::deselectAll);
        dialog.open(source);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
