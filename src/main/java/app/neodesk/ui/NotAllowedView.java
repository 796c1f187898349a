package app.neodesk.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page the signed-in user's role does not open (Vaadin's view access check): HTTP 403, inside
 * the app layout. The checker's reason is internal and is not shown.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView() {
        super("not-allowed");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return showNotAllowed(event);
    }
}
