package app.neodesk.token.ui;

import app.neodesk.base.ui.Headings;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TokenInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/** Every signed-in user's personal access tokens for the REST API: create, see last use, revoke. */
@Route("account/tokens")
@PageTitle("API tokens · Neodesk")
@PermitAll
public class TokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    final Grid<TokenInfo> grid = new Grid<>(TokenInfo.class, false);

    public TokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        setSizeFull();
        var create = new Button(
                "New token", VaadinIcon.PLUS.create(), e -> new NewTokenDialog(tokens, c -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(Headings.viewTitle("API tokens"), create);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.BASELINE);
        bar.expand(bar.getComponentAt(0));
        var intro = new Paragraph(
                "A token lets Excel, Python or another tool read Neodesk's REST API (/api/v1) as you, "
                        + "with your role. Send it as \"Authorization: Bearer ndk_…\". Revoke a token you no longer use.");
        TokenColumns.add(grid, clock.getZone(), id -> {
            tokens.revokeMine(id);
            refresh();
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No tokens yet");
        add(bar, intro, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
