package app.neodesk.base.ui;

import app.neodesk.base.ErrorReports;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The one error handler of every Vaadin session: an exception from a click, a value change or a
 * push update is logged with an error id (by {@link ErrorReports}), and the user gets a plain
 * notification with that id instead of Vaadin's raw "Internal error" box. The screen, with the
 * user's input, stays as it was.
 */
@Component
class UiErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var message = ErrorReports.describe(event.getThrowable());
        var ui = event.getComponent().flatMap(c -> c.getUI()).orElseGet(UI::getCurrent);
        if (ui != null && ui.getSession() != null && ui.getSession().hasLock()) {
            Notifications.error(message.text());
        }
    }
}
