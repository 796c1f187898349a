package app.neodesk.dashboard.ui;

import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.Notifications;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.dashboard.DashboardService;
import app.neodesk.dashboard.WatchlistService;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.ui.LatestDriversPanel;
import app.neodesk.live.PriceUpdates;
import app.neodesk.live.ui.LiveRefresh;
import app.neodesk.quote.ui.QuoteEntryView;
import app.neodesk.team.AppUser;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import app.neodesk.team.UserService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The start page: the user's watchlist as tiles ({@link WatchTileCard}: latest mid with its unit,
 * low–high, 1D/1W/1M changes, a sparkline over a labelled period, a stale mark); the latest drivers the user may see; and, for analysts, the way to quote
 * entry. Prices refresh live when anyone saves a quote of a watched product.
 */
@Route("")
@PageTitle("Dashboard · Neodesk")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    private final DashboardService dashboard;
    private final WatchlistService watchlist;
    private final ProductService products;
    final TileBoard tiles = new TileBoard();
    /** Product ids on the watchlist; read by the live-update thread, so immutable and volatile. */
    private volatile Set<Long> watched = Set.of();

    public DashboardView(
            UserService users,
            DashboardService dashboard,
            WatchlistService watchlist,
            ProductService products,
            DriverService drivers,
            PriceUpdates updates) {
        this.dashboard = dashboard;
        this.watchlist = watchlist;
        this.products = products;
        AppUser me = users.currentUser();
        var teams = me.getTeams().stream().map(Team::getName).sorted().collect(Collectors.joining(", "));
        var roles = me.getRoles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
        var who = new Paragraph(
                "Signed in as " + me.getUsername() + " · " + roles + (teams.isEmpty() ? "" : " · " + teams));
        who.addClassName("signed-in-user");
        var header = new HorizontalLayout(Headings.viewTitle("Welcome, " + me.getDisplayName()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-toolbar");
        if (me.hasRole(Role.ANALYST) || me.hasRole(Role.ADMIN)) {
            var enter = new Anchor(RouteLinks.url(QuoteEntryView.class), "Enter quotes");
            enter.addClassName("shortcut-quote-entry");
            header.add(enter);
        }
        add(header, who);

        var edit = new Button("Edit watchlist", e -> editWatchlist());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var watchHeader = new HorizontalLayout(Headings.section("Watchlist"), edit);
        watchHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        watchHeader.addClassName("view-toolbar");
        tiles.setWidthFull();
        add(watchHeader, tiles);
        add(new LatestDriversPanel(drivers, 8));
        refreshTiles();

        LiveRefresh.attach(this, updates, update -> watched.contains(update.productId()), batch -> refreshTiles());
    }

    void refreshTiles() {
        var all = dashboard.myTiles();
        watched = all.stream().map(t -> t.product().getId()).collect(Collectors.toUnmodifiableSet());
        tiles.show(all);
    }

    private void editWatchlist() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit watchlist");
        var picker = new MultiSelectComboBox<Product>("Products");
        picker.setItems(products.findActive());
        picker.setItemLabelGenerator(p -> p.getCode() + " · " + p.getDisplayName());
        picker.setValue(new LinkedHashSet<>(watchlist.myProducts()));
        picker.setWidth("min(32rem, 80vw)");
        var save = new Button("Save", e -> {
            try {
                watchlist.setMyProducts(
                        picker.getValue().stream().map(Product::getCode).toList());
                dialog.close();
                refreshTiles();
                Notifications.success("Watchlist saved");
            } catch (ValidationException ex) {
                picker.setErrorMessage(ex.getMessage());
                picker.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(picker);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        picker.focus();
    }
}
