package app.neodesk.base.ui;

import app.neodesk.base.ErrorReports;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent toasts: short successes, errors that stay until closed. */
public final class Notifications {

    private Notifications() {}

    public static void success(String message) {
        var n = Notification.show(message, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The exception's message when it is written for users, else a plain sentence (see {@link ErrorReports}). */
    public static void error(Throwable error) {
        error(ErrorReports.describe(error).text());
    }

    public static void error(String message) {
        var n = new Notification(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }
}
