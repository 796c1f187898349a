package app.neodesk.ui;

import app.neodesk.base.ErrorReports;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Anything else that failed while a page was opening: logged with an error id, and the user sees
 * a plain sentence with that id (HTTP 500), never the exception.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    public InternalErrorView() {
        super("internal-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var message = ErrorReports.describe(parameter.getCaughtException());
        show(
                message.logged() ? "Something went wrong" : "This page cannot be shown",
                message.text(),
                message.errorId());
        return message.logged() ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : HttpServletResponse.SC_BAD_REQUEST;
    }
}
