package app.neodesk.catalog.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.EditorDialog;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.base.ui.Notifications;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceData;
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
        toolbar.addPrimaryAction("New source", () -> edit(Editing.create(SourceData.blank())));

        grid.addColumn(Source::getCode).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Source::getName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(s -> s.getUrl() == null ? "" : s.getUrl())
                .setHeader("Web address")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> sources.search(text, pageable).getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(Editing.of(sources.get(e.getValue().requireId()), SourceData::of));
            }
        });
        add(toolbar, grid);
        expand(grid);
    }

    private void edit(Editing<SourceData> source) {
        var form = new SourceForm(sources::aliases);
        var dialog = new EditorDialog<>(
                source.isNew() ? "New source" : "Source " + source.values().code(),
                form,
                edited -> Editing.of(
                        edited.save(
                                values -> sources.create(values, form.getAliases()),
                                (id, version, values) -> sources.update(id, version, values, form.getAliases())),
                        SourceData::of),
                edited -> Editing.of(sources.get(Objects.requireNonNull(edited.id())), SourceData::of),
                saved -> {
                    Notifications.success("Source " + saved.values().code() + " saved");
                    refresh();
                });
        dialog.onClose(grid::deselectAll);
        dialog.open(source);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
