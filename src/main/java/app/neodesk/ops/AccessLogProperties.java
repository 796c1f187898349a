package app.neodesk.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request log ({@link AccessLogFilter}): one line per HTTP request on the logger
 * {@value AccessLogFilter#LOGGER}, at INFO.
 *
 * @param enabled        whether the filter runs at all (a restart to change); to silence it at run time,
 *                       set {@code logging.level.neodesk.access=warn} instead
 * @param includeStatic  also log static files: Vaadin's bundle and resources under {@code /VAADIN/}
 *                       (not {@code /VAADIN/push}), icons, images, the service worker and manifest
 * @param includeProbes  also log the load balancer's health probes under {@code /actuator/health}
 */
@ConfigurationProperties("neodesk.access-log")
public record AccessLogProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("false") boolean includeStatic,
        @DefaultValue("false") boolean includeProbes) {}
