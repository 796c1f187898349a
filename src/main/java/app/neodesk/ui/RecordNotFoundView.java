package app.neodesk.ui;

import app.neodesk.base.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A record the address names does not exist, or the user may not know that it exists (both look
 * the same): HTTP 404, with the service's own "… not found" sentence.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RecordNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public RecordNotFoundView() {
        super("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(parameter.getException().getMessage(), "It does not exist, or it is not shared with you.", "");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
