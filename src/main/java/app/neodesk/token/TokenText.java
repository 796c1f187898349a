package app.neodesk.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The token text: {@code ndk_} and 32 random bytes in base64url without padding (43 characters),
 * so secret scanners can recognise a leaked token by its prefix. Only its SHA-256 is stored.
 */
final class TokenText {

    static final String PREFIX = "ndk_";
    /** How much of the token lists show, e.g. {@code ndk_AbC1}. */
    static final int DISPLAY_LENGTH = PREFIX.length() + 4;

    private static final Pattern FORMAT = Pattern.compile("ndk_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenText() {}

    static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return FORMAT.matcher(token).matches();
    }

    static String displayPrefix(String token) {
        return token.substring(0, DISPLAY_LENGTH);
    }

    static String sha256(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Compares two hashes in time independent of where they differ. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
