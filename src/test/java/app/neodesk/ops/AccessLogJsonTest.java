package app.neodesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With Spring Boot's structured console logging ({@code logging.structured.format.console}), each
 * request line is one JSON object whose fields are the request's: Boot's own encoder, as Boot sets it
 * up for the console, on the access logger.
 */
class AccessLogJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash", "gelf"})
    void eachRequestIsOneJsonObjectWithTheRequestsFields(String format) throws Exception {
        var encoderContext = new LoggerContext();
        var environment = new MockEnvironment()
                .withProperty("spring.application.name", "neodesk")
                .withProperty("logging.structured.ecs.service.node-name", "node-a");
        encoderContext.putObject(Environment.class.getName(), environment);
        var encoder = new StructuredLogEncoder();
        encoder.setContext(encoderContext);
        encoder.setFormat(format);
        encoder.start();
        var out = new ByteArrayOutputStream();
        var appender = new OutputStreamAppender<ILoggingEvent>();
        appender.setContext(encoderContext);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        var logger = (Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER);
        logger.addAppender(appender);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "trader", null, AuthorityUtils.createAuthorityList("ROLE_TRADER")));
        try {
            var request = new MockHttpServletRequest("POST", "/;jsessionid=ABC123");
            request.setQueryString("v-r=uidl&v-uiId=3");
            request.setRemoteAddr("203.0.113.9");
            var response = new MockHttpServletResponse();
            new AccessLogFilter(new AccessLogProperties(true, false, false))
                    .doFilter(
                            request,
                            response,
                            (req, res) -> new AccessLogFilter.User().doFilter(req, res, (inner, answer) -> {
                                ((MockHttpServletResponse) answer).setStatus(200);
                                answer.setContentLength(1234);
                            }));
        } finally {
            logger.detachAppender(appender);
            SecurityContextHolder.clearContext();
        }

        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode json = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(field(json, "http.request.method")).isEqualTo("POST");
        assertThat(field(json, "url.path")).isEqualTo("/");
        assertThat(field(json, "vaadin.request")).isEqualTo("uidl");
        assertThat(field(json, "http.response.status_code")).isEqualTo("200");
        assertThat(field(json, "http.response.body.bytes")).isEqualTo("1234");
        assertThat(field(json, "duration_ms")).isNotNull();
        assertThat(field(json, "user.name")).isEqualTo("trader");
        assertThat(field(json, "client.ip")).isEqualTo("203.0.113.9");
        assertThat(lines.getFirst()).doesNotContain("ABC123").doesNotContain("v-uiId");
    }

    /** A field written flat ({@code "url.path"}), nested ({@code "url":{"path"}}) or as GELF's additional field ({@code "_url.path"}). */
    private static String field(JsonNode json, String name) {
        for (var key : new String[] {name, "_" + name}) {
            if (json.has(key)) {
                return json.get(key).asString();
            }
        }
        JsonNode node = json;
        for (var part : name.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null ? null : node.asString();
    }
}
