package app.neodesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.neodesk.TestClockConfig;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TestAs;
import app.neodesk.token.TokenScope;
import app.neodesk.token.TokenUsers;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The request log over real HTTP (Tomcat, both security chains, real cookies): one line per request
 * with its fields, for pages, Vaadin messages and the API, refused requests included, and no
 * password, token, session id or query value in the output. Same context as the other
 * {@code RANDOM_PORT} tests on the "test" profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@ExtendWith(OutputCaptureExtension.class)
class AccessLogHttpTest {

    static final String USER = "access.log.viewer";
    static final String PASSWORD = "access-log-pw-Zq81x";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    final List<ILoggingEvent> lines = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event);
        }
    };
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient client;

    @BeforeEach
    void setUp(@Autowired UserService users, @Autowired AppUserRepository accounts) {
        TokenUsers.ensure(users, accounts);
        SystemAuthentication.run(() -> {
            if (accounts.findByUsername(USER).isEmpty()) {
                users.bootstrap(USER, "Access Log", PASSWORD, false, true, Set.of(Role.VIEWER), List.of());
            }
        });
        appender.start();
        ((Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER)).addAppender(appender);
        client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER)).detachAppender(appender);
    }

    @Test
    void pagesAndVaadinMessagesAreLoggedWithTheirUserAndNeitherPasswordNorSessionNorQueryValues(CapturedOutput output) {
        assertThat(send(get("/login?next=query-value-Xk2")).statusCode()).isEqualTo(200);
        var loginPage = line(f -> "/login".equals(f.get("url.path")) && "GET".equals(f.get("http.request.method")));
        assertThat(loginPage)
                .containsEntry("http.response.status_code", 200)
                .containsEntry("user.name", "-")
                .containsEntry("client.ip", "127.0.0.1")
                .doesNotContainKey("vaadin.request");
        assertThat(loginPage.get("duration_ms")).isInstanceOf(Long.class);

        var signIn =
                send(post("/login", "application/x-www-form-urlencoded", "username=" + USER + "&password=" + PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(line(f -> "/login".equals(f.get("url.path")) && "POST".equals(f.get("http.request.method"))))
                .containsEntry("http.response.status_code", 302);

        assertThat(send(get("/history")).statusCode()).isEqualTo(200);
        assertThat(line(f -> "/history".equals(f.get("url.path"))))
                .containsEntry("http.response.status_code", 200)
                .containsEntry("user.name", USER);

        var message = send(post(
                "/?v-r=uidl&v-uiId=0",
                "application/json; charset=UTF-8",
                "{\"csrfToken\":\"csrf-value-Pq7\",\"rpc\":[],\"syncId\":1,\"clientId\":1}"));
        var uidl = line(f -> "uidl".equals(f.get("vaadin.request")));
        assertThat(uidl)
                .containsEntry("url.path", "/")
                .containsEntry("http.request.method", "POST")
                .containsEntry("http.response.status_code", message.statusCode())
                .containsEntry("user.name", USER);
        assertThat(uidl.get("message").toString())
                .startsWith("POST /?v-r=uidl " + message.statusCode() + " ")
                .contains(" user=" + USER + " client=127.0.0.1");

        var session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(output.getAll())
                .doesNotContain(PASSWORD)
                .doesNotContain(session)
                .doesNotContain("query-value-Xk2")
                .doesNotContain("csrf-value-Pq7")
                .doesNotContain("v-uiId");
    }

    @Test
    void apiCallsAreLoggedRefusedOrNotWithoutTheirToken(CapturedOutput output) {
        var token = TestAs.call(
                        TokenUsers.VIEWER, "VIEWER", () -> tokens.create("access log", TokenScope.READ, null, null))
                .token();

        assertThat(send(get("/api/v1/me").header("Authorization", "Bearer ndk_notAToken123"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(line(f -> "/api/v1/me".equals(f.get("url.path"))
                        && f.get("http.response.status_code").equals(401)))
                .containsEntry("user.name", "-")
                .containsEntry("http.request.method", "GET");

        assertThat(send(get("/api/v1/me").header("Authorization", "Bearer " + token))
                        .statusCode())
                .isEqualTo(200);
        assertThat(line(f -> "/api/v1/me".equals(f.get("url.path"))
                        && f.get("http.response.status_code").equals(200)))
                .containsEntry("user.name", TokenUsers.VIEWER);

        assertThat(output.getAll())
                .doesNotContain(token)
                .doesNotContain(token.substring(4))
                .doesNotContain("ndk_notAToken123");
    }

    @Test
    void probesAndStaticFilesAreLeftOutByDefault() {
        lines.clear();
        assertThat(send(get("/actuator/health/readiness")).statusCode()).isEqualTo(200);
        send(get("/VAADIN/build/no-such-file.js"));
        assertThat(send(get("/api/v1/openapi.json")).statusCode()).isEqualTo(200);
        line(f -> "/api/v1/openapi.json".equals(f.get("url.path")));
        assertThat(lines)
                .extracting(e -> fields(e).get("url.path"))
                .doesNotContain("/actuator/health/readiness", "/VAADIN/build/no-such-file.js");
    }

    /** Waits for the access line that matches (it is written once the response is out) and returns its fields. */
    private Map<String, Object> line(Predicate<Map<String, Object>> matching) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> lines.stream()
                                .map(AccessLogHttpTest::fields)
                                .filter(matching)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    static Map<String, Object> fields(ILoggingEvent event) {
        var fields = new HashMap<String, Object>();
        event.getKeyValuePairs().forEach(pair -> fields.put(pair.key, pair.value));
        fields.put("message", event.getFormattedMessage());
        return fields;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
    }

    private HttpRequest.Builder post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
