package app.neodesk.ui;

import app.neodesk.team.DisplayPreferences;
import app.neodesk.team.UserService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves every page with the signed-in user's theme and colour convention already on
 * {@code <html>} (see {@link PageTheme}); before sign-in, the system's theme and the colour
 * convention of the browser's language.
 */
@Component
class PageThemeBootstrap implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PageThemeBootstrap.class);

    private final UserService users;

    PageThemeBootstrap(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::apply);
    }

    void apply(IndexHtmlResponse response) {
        var request = response.getVaadinRequest();
        var preferences = request.getUserPrincipal() == null ? DisplayPreferences.DEFAULT : own();
        PageTheme.apply(response.getDocument(), preferences.themeMode(), preferences.riseColorFor(request.getLocale()));
    }

    /**
     * The signed-in user's choices. A display preference never stops a page from loading: if they
     * cannot be read (database down), the page is served with the defaults and the cause is logged.
     */
    private DisplayPreferences own() {
        try {
            return users.ownDisplayPreferences();
        } catch (RuntimeException e) {
            LOG.warn("Display preferences could not be read; serving the page with the defaults", e);
            return DisplayPreferences.DEFAULT;
        }
    }
}
