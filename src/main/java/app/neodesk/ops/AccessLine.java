package app.neodesk.ops;

import org.jspecify.annotations.Nullable;

/**
 * What the request log says of one request, and how it is made safe to log: the path without
 * path parameters ({@code ;jsessionid=…}) and without query values, which can carry secrets; only
 * Vaadin's request type ({@code v-r=uidl}, {@code init}, {@code heartbeat}…) is kept.
 */
record AccessLine(
        String method,
        String path,
        @Nullable String vaadinRequest,
        int status,
        long millis,
        long bytes,
        String user,
        String client) {

    static final String NONE = "-";
    private static final int MAX_PATH = 200;
    private static final int MAX_TYPE = 20;

    /** The readable text line, also the message of the structured one. */
    String text() {
        var line = new StringBuilder(96).append(method).append(' ').append(path);
        if (vaadinRequest != null) {
            line.append("?v-r=").append(vaadinRequest);
        }
        line.append(' ').append(status).append(' ').append(millis).append(" ms ");
        line.append(bytes < 0 ? NONE : Long.toString(bytes))
                .append(" B user=")
                .append(user)
                .append(" client=")
                .append(client);
        return line.toString();
    }

    /** The request URI as sent, cut at the first path parameter, limited in length and to printable ASCII. */
    static String path(String requestUri) {
        int semicolon = requestUri.indexOf(';');
        return printable(semicolon < 0 ? requestUri : requestUri.substring(0, semicolon), MAX_PATH);
    }

    /** The value of {@code v-r} in the raw query string, if it is one short word; every other parameter is dropped. */
    static @Nullable String vaadinRequest(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (var parameter : query.split("&", -1)) {
            if (parameter.startsWith("v-r=")) {
                var value = parameter.substring(4);
                return !value.isEmpty()
                                && value.length() <= MAX_TYPE
                                && value.chars().allMatch(AccessLine::wordChar)
                        ? value
                        : "?";
            }
        }
        return null;
    }

    /** A user name, printable and at most 64 characters. */
    static String name(String name) {
        return printable(name, 64);
    }

    static String method(String method) {
        return method.length() <= 10 && method.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? method : "?";
    }

    private static boolean wordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** Control and non-ASCII characters become {@code ?}, so that no request can forge a log line. */
    private static String printable(String text, int max) {
        var out = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && i < max; i++) {
            char c = text.charAt(i);
            out.append(c > ' ' && c < 127 ? c : '?');
        }
        if (text.length() > max) {
            out.append('…');
        }
        return out.toString();
    }
}
