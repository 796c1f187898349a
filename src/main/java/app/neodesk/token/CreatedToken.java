package app.neodesk.token;

/** A new token: its listing, and the token text, which is shown this once and never again. */
public record CreatedToken(TokenInfo info, String token) {

    @Override
    public String toString() {
        return "CreatedToken[" + info.prefix() + "…]";
    }
}
