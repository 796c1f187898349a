package app.neodesk.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The configured trusted client addresses ({@code neodesk.security.login.trusted-addresses}):
 * single IP addresses or CIDR ranges. Host names are refused at start-up, so matching never
 * needs DNS.
 */
final class TrustedAddresses {

    private final List<IpAddressMatcher> matchers;

    TrustedAddresses(List<String> entries) {
        this.matchers = entries.stream().map(TrustedAddresses::matcher).toList();
    }

    private static IpAddressMatcher matcher(String entry) {
        try {
            return new IpAddressMatcher(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "neodesk.security.login.trusted-addresses: '" + entry
                            + "' is not an IP address or CIDR range (e.g. 10.8.0.5 or 10.8.0.0/24)",
                    e);
        }
    }

    boolean contains(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        for (var matcher : matchers) {
            try {
                if (matcher.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnIpAddress) {
                return false;
            }
        }
        return false;
    }
}
