package app.neodesk.token.ui;

import app.neodesk.base.NotFoundException;
import app.neodesk.base.ui.NarrowColumns;
import app.neodesk.base.ui.Notifications;
import app.neodesk.token.TokenInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The columns both token lists share, and the revoke button with its confirmation. At or below
 * {@value #TABLET} px the "Token" prefix and "Created" fold ({@link NarrowColumns}), so that on a
 * tablet status, last use and the Revoke button are on screen without scrolling the grid.
 */
final class TokenColumns {

    /** At or below this window width (CSS px) the less important columns fold: a tablet with the menu open. */
    static final int TABLET = 1100;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TokenColumns() {}

    static void add(Grid<TokenInfo> grid, ZoneId zone, LongConsumer revoke) {
        grid.addColumn(TokenInfo::name).setHeader("Name").setKey("name").setFlexGrow(1);
        var prefix = grid.addColumn(t -> t.prefix() + "…")
                .setHeader("Token")
                .setKey("token")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.scope().code())
                .setHeader("Scope")
                .setKey("scope")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var created = grid.addColumn(t -> time(t.createdAt(), zone))
                .setHeader("Created")
                .setKey("created")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.expiresOn().toString())
                .setHeader("Expires")
                .setKey("expires")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : time(t.lastUsedAt(), zone))
                .setHeader("Last used")
                .setKey("lastUsed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TokenInfo::status)
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(t -> revokeButton(t, revoke))
                .setHeader("")
                .setKey("revoke")
                .setAutoWidth(true)
                .setFlexGrow(0);
        NarrowColumns.hideBelow(grid, TABLET, prefix, created);
    }

    private static String time(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static Button revokeButton(TokenInfo token, LongConsumer revoke) {
        var button = new Button("Revoke", e -> confirm(token, revoke));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Revoke token " + token.name());
        button.setVisible(token.active());
        return button;
    }

    private static void confirm(TokenInfo token, LongConsumer revoke) {
        var dialog = new ConfirmDialog(
                "Revoke this token?",
                "\"" + token.name() + "\" (" + token.prefix() + "…) stops working at once. This cannot be undone.",
                "Revoke",
                e -> {
                    try {
                        revoke.accept(token.id());
                        Notifications.success("Token " + token.name() + " revoked");
                    } catch (NotFoundException ex) {
                        Notifications.error("This token no longer exists.");
                    }
                },
                "Cancel",
                e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
