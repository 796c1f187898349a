package app.neodesk.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the signed-in user while a page was opening (method security): HTTP 403,
 * the same page as a refused view.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ActionNotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public ActionNotAllowedView() {
        super("not-allowed");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return showNotAllowed(event);
    }
}
