package app.neodesk.token.ui;

import app.neodesk.base.NotFoundException;
import app.neodesk.base.ui.Notifications;
import app.neodesk.token.TokenInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongConsumer;

/** The columns both token lists share, and the revoke button with its confirmation. */
final class TokenColumns {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TokenColumns() {
    }

    static void add(Grid<TokenInfo> grid, ZoneId zone, LongConsumer revoke) {
        grid.addColumn(TokenInfo::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.scope().code()).setHeader("Scope").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> time(t.createdAt(), zone)).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.expiresOn().toString()).setHeader("Expires").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : time(t.lastUsedAt(), zone)).setHeader("Last used")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TokenInfo::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> revokeButton(t, revoke)).setHeader("").setAutoWidth(true).setFlexGrow(0);
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
        var dialog = new ConfirmDialog("Revoke this token?", "\"" + token.name() + "\" (" + token.prefix()
                + "…) stops working at once. This cannot be undone.", "Revoke", e -> {
            try {
                revoke.accept(token.id());
                Notifications.success("Token " + token.name() + " revoked");
            } catch (NotFoundException ex) {
                Notifications.error("This token no longer exists.");
            }
        }, "Cancel", e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
