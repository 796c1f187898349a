package app.neodesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The error views' words and statuses, whatever exception text they are handed. */
class ErrorPagesTest {

    @Test
    void serviceRefusalDuringNavigationIsA403NotAnInternalError() {
        var view = new ActionNotAllowedView();
        int status = view.setErrorParameter(
                at("admin/audit"),
                new ErrorParameter<>(
                        AccessDeniedException.class,
                        new AccessDeniedException("Access Denied: hasRole('ADMIN') on AuditService.search")));
        assertThat(status).isEqualTo(403);
        assertThat(text(view))
                .contains("Not allowed")
                .contains("Your role does not give access to /admin/audit")
                .doesNotContain("hasRole")
                .doesNotContain("AuditService");
        assertThat(view.getPageTitle()).isEqualTo("Not allowed · Neodesk");
    }

    @Test
    void viewRefusalShowsTheSamePageWithoutTheCheckersReason() {
        var view = new NotAllowedView();
        int status = view.setErrorParameter(
                at("quotes/new"),
                new ErrorParameter<>(
                        com.vaadin.flow.router.AccessDeniedException.class,
                        new com.vaadin.flow.router.AccessDeniedException(),
                        "Denied by AnnotatedViewAccessChecker"));
        assertThat(status).isEqualTo(403);
        assertThat(text(view)).contains("/quotes/new").doesNotContain("AnnotatedViewAccessChecker");
    }

    @Test
    void aVeryLongUnknownAddressIsShortenedAndOnlyShownAsText() {
        var view = new NotFoundView();
        var path = "<script>alert(1)</script>" + "x".repeat(500);
        int status = view.setErrorParameter(
                at(path), new ErrorParameter<>(NotFoundException.class, new NotFoundException()));
        assertThat(status).isEqualTo(404);
        var explanation = view.getChildren()
                .filter(Paragraph.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(explanation.getElement().getText()).hasSizeLessThan(200).contains("…");
        assertThat(explanation.getElement().getChildren())
                .as("text only, no markup")
                .allMatch(e -> e.isTextNode());
    }

    private static BeforeEnterEvent at(String path) {
        var event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location(path));
        return event;
    }

    private static String text(ErrorPage view) {
        return view.getChildren()
                .filter(c -> c instanceof H1 || c instanceof Paragraph)
                .map(c -> c.getElement().getText())
                .reduce("", (a, b) -> a + " " + b);
    }
}
