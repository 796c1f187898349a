package app.neodesk.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook secrets and the {@code X-Neodesk-Signature} header value. */
public final class WebhookSignature {

    public static final String HEADER = "X-Neodesk-Signature";
    public static final String DELIVERY_HEADER = "X-Neodesk-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Neodesk-Timestamp";
    public static final String EVENT_HEADER = "X-Neodesk-Event";
    static final String SECRET_PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new random secret: "whsec_" and 32 random bytes in hex. */
    static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + HexFormat.of().formatHex(bytes);
    }

    /** "sha256=" and the hex HMAC-SHA256 of the body, keyed with the secret's UTF-8 bytes. */
    public static String sign(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
