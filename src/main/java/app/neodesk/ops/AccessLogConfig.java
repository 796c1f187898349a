package app.neodesk.ops;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the request log ({@link AccessLogFilter}) in front of every other filter, Spring Security's
 * included, and its user note behind Spring Security. Off with {@code neodesk.access-log.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "neodesk.access-log.enabled", havingValue = "true", matchIfMissing = true)
class AccessLogConfig {

    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilter(AccessLogProperties properties) {
        var registration = new FilterRegistrationBean<>(new AccessLogFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("accessLog");
        return registration;
    }

    @Bean
    FilterRegistrationBean<AccessLogFilter.User> accessLogUserFilter() {
        var registration = new FilterRegistrationBean<>(new AccessLogFilter.User());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("accessLogUser");
        return registration;
    }
}
