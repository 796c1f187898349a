package app.neodesk.token;

import java.util.List;

/** What a token may do: {@code read}, or {@code read write} (analysts and admins only). */
public enum TokenScope {
    READ("read", List.of("SCOPE_read")),
    READ_WRITE("read write", List.of("SCOPE_read", "SCOPE_write"));

    private final String code;
    private final List<String> authorities;

    TokenScope(String code, List<String> authorities) {
        this.code = code;
        this.authorities = authorities;
    }

    /** As stored and shown: {@code read} or {@code read write}. */
    public String code() {
        return code;
    }

    /** The scope authorities an API request made with the token carries. */
    public List<String> authorities() {
        return authorities;
    }

    static TokenScope ofCode(String code) {
        for (var scope : values()) {
            if (scope.code.equals(code)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("Unknown token scope: " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
