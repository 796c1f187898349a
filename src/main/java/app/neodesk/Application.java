package app.neodesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Neodesk: a price desk for rare-earth traders.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Light or dark as the system says, until a signed-in user chooses (PageThemeBootstrap).
@ColorScheme(ColorScheme.Value.SYSTEM)
// Client messages go over XHR (push comes back over the websocket): every message is an HTTP
// request through the security filters, so a revoked session is refused at once (SessionRevocation).
@Push(transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The app icon (also at /favicon.ico, where browsers look without a link). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.png", "192x192");
    }

    /**
     * The one clock every service uses, in the desk's market time zone (default Asia/Shanghai, where
     * the Chinese assessments are published), so "today" does not depend on the server's zone.
     * Tests replace it with a fixed one.
     */
    @Bean
    Clock clock(@Value("${neodesk.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
