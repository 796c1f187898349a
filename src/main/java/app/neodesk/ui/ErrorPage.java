package app.neodesk.ui;

import app.neodesk.base.ui.Headings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The body of every error view: a heading, one plain sentence, an optional error id and a way
 * back, shown inside the app layout so the menu stays usable. Never shows exception text.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_PATH_SHOWN = 120;

    private final H1 heading = Headings.viewTitle("");
    private final Paragraph explanation = new Paragraph();
    private final Paragraph errorId = new Paragraph();
    private String title = "Neodesk";

    ErrorPage(String cssClass) {
        addClassNames("error-page", cssClass);
        setMaxWidth("48rem");
        errorId.addClassName("error-id");
        errorId.setVisible(false);
        var back = new Anchor("", "Back to the dashboard");
        back.addClassName("error-back");
        add(heading, explanation, errorId, back);
    }

    /** Fills the page; {@code id} is the logged error id, or empty. */
    final void show(String headingText, String text, String id) {
        heading.setText(headingText);
        explanation.setText(text);
        errorId.setVisible(!id.isEmpty());
        errorId.setText(id.isEmpty() ? "" : "Error id: " + id);
        title = headingText + " · Neodesk";
    }

    /** The "not allowed" page (HTTP 403), the same for a refused view and a refused service call. */
    final int showNotAllowed(BeforeEnterEvent event) {
        show(
                "Not allowed",
                "Your role does not give access to "
                        + shownPath(event.getLocation().getPath()) + ". Ask an administrator if you need it.",
                "");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** A user-typed path as it may be shown: shortened, and only ever set as text. */
    static String shownPath(String path) {
        var p = "/" + path;
        return p.length() > MAX_PATH_SHOWN ? p.substring(0, MAX_PATH_SHOWN) + "…" : p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
