package app.neodesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/** The words of the "not allowed" page, shared by the view-level and the service-level refusal. */
final class NotAllowed {

    static final String HEADING = "Not allowed";

    private NotAllowed() {
    }

    static String text(BeforeEnterEvent event) {
        return "Your role does not give access to " + ErrorPage.shownPath(event.getLocation().getPath())
                + ". Ask an administrator if you need it.";
    }
}
