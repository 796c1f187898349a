package app.neodesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL rules with the loopback flag off (the default) and on (tests, local development). */
class WebhookUrlsTest {

    @Test
    void httpsIsAcceptedAndTrimmed() {
        assertThat(WebhookUrls.check("  https://hooks.example.com/neodesk?team=desk ", false))
                .isEqualTo("https://hooks.example.com/neodesk?team=desk");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://hooks.example.com/x", "http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]/x"})
    void plainHttpIsRefusedWithoutTheLoopbackFlag(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The URL must start with https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9000/x"})
    void plainHttpToLoopbackIsAcceptedWithTheFlag(String url) {
        assertThat(WebhookUrls.check(url, true)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/x", "http://10.0.0.1/x", "http://127.0.0.1.example.com/x"})
    void plainHttpToOtherHostsIsRefusedEvenWithTheFlag(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, true))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The URL must start with https://");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://hooks.example.com/x",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "ws://hooks.example.com"
            })
    void otherSchemesAreRefused(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, true)).isInstanceOf(ValidationException.class);
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertThatThrownBy(() -> WebhookUrls.check("https://user:secret@hooks.example.com/x", false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("user name or password");
    }

    @Test
    void overLongUrlIsRefused() {
        var url = "https://hooks.example.com/" + "a".repeat(Webhook.URL_MAX_LENGTH);
        assertThatThrownBy(() -> WebhookUrls.check(url, false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("too long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hooks.example.com/x", "https://", "https:// bad host/x", "/relative"})
    void emptyRelativeOrMalformedUrlIsRefused(String url) {
        assertThatThrownBy(() -> WebhookUrls.check(url, false)).isInstanceOf(ValidationException.class);
    }
}
