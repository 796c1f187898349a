package app.neodesk.webhook;

import app.neodesk.base.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** The rules for a webhook URL: HTTPS, no credentials, not too long; plain HTTP only to loopback when allowed. */
final class WebhookUrls {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private WebhookUrls() {}

    /** The URL, trimmed, or a {@link ValidationException} that says what is wrong. */
    static String check(String raw, boolean allowLoopbackHttp) {
        var url = raw.strip();
        if (url.isEmpty()) {
            throw new ValidationException("url", "Enter the URL of the endpoint");
        }
        if (url.length() > Webhook.URL_MAX_LENGTH) {
            throw new ValidationException(
                    "url", "The URL is too long (at most " + Webhook.URL_MAX_LENGTH + " characters)");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "This is not a valid URL");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ValidationException(
                    "url", "Enter a full URL with a host, e.g. https://example.com/hooks/neodesk");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ValidationException(
                    "url", "The URL may not contain a user name or password; the signature authenticates the sender");
        }
        if (uri.getRawFragment() != null) {
            throw new ValidationException("url", "The URL may not contain a fragment (#...)");
        }
        switch (scheme) {
            case "https" -> {}
            case "http" -> {
                if (!allowLoopbackHttp || !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                    throw new ValidationException("url", "The URL must start with https://");
                }
            }
            default -> throw new ValidationException("url", "The URL must start with https://");
        }
        return url;
    }
}
