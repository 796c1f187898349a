package app.neodesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode: on for {@code ./mvnw}, off in the production jar unless enabled. It seeds demo
 * accounts (password "demo"), the demo catalog, quotes and drivers into an empty database, and
 * the login page lists the demo accounts.
 *
 * @param enabled whether demo mode is on
 * @param history whether to generate the ten-year daily demo history (slow-ish; off in most tests)
 */
@ConfigurationProperties("neodesk.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("true") boolean history) {}
