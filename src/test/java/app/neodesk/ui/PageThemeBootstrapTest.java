package app.neodesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.neodesk.team.UserService;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.Principal;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A page is served even when the signed-in user's display choices cannot be read. */
class PageThemeBootstrapTest {

    @Test
    void pageIsServedWithTheDefaultsWhenThePreferencesCannotBeRead() {
        var users = mock(UserService.class);
        when(users.ownDisplayPreferences()).thenThrow(new DataAccessResourceFailureException("database down"));
        var request = mock(VaadinRequest.class);
        when(request.getUserPrincipal()).thenReturn((Principal) () -> "trader");
        when(request.getLocale()).thenReturn(Locale.SIMPLIFIED_CHINESE);
        var document =
                Jsoup.parse("<!doctype html><html lang=\"zh\" theme=\"light-dark\"><head></head><body></body></html>");
        var response = mock(IndexHtmlResponse.class);
        when(response.getVaadinRequest()).thenReturn(request);
        when(response.getDocument()).thenReturn(document);

        new PageThemeBootstrap(users).apply(response);

        var html = document.head().parent();
        assertThat(html.attr("theme")).as("the system's theme").isEqualTo("light-dark");
        assertThat(html.attr(PageTheme.RISE_ATTRIBUTE))
                .as("the convention of the browser's language")
                .isEqualTo("red");
    }
}
