package app.neodesk.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An unknown address: HTTP 404, inside the app layout, with a way back. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(
                "Page not found",
                "There is no page at " + shownPath(event.getLocation().getPath())
                        + ". Check the address, or use the menu.",
                "");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
