package app.neodesk.token.ui;

import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.NarrowColumns;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TokenInfo;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Objects;

/**
 * Admins see every user's API tokens and revoke any of them. On a tablet "Expires" folds too
 * (besides {@link TokenColumns}'), as the owner's column takes its room.
 */
@Route("admin/tokens")
@PageTitle("API tokens (all users) · Neodesk")
@Menu(order = 105, icon = "vaadin:key", title = "API tokens")
@RolesAllowed("ADMIN")
public class TokenAdminView extends VerticalLayout {

    private final ApiTokenService tokens;
    final Grid<TokenInfo> grid = new Grid<>(TokenInfo.class, false);

    public TokenAdminView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        setSizeFull();
        grid.addColumn(TokenInfo::owner)
                .setHeader("Owner")
                .setKey("owner")
                .setAutoWidth(true)
                .setFlexGrow(0);
        TokenColumns.add(grid, clock.getZone(), id -> {
            tokens.revoke(id);
            refresh();
        });
        NarrowColumns.hideBelow(grid, TokenColumns.TABLET, Objects.requireNonNull(grid.getColumnByKey("expires")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No tokens");
        add(Headings.viewTitle("API tokens of all users"), grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.all());
    }
}
