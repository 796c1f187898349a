package app.neodesk.token;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API request signed in by a token: named as the owner, with the owner's role authorities (as
 * in the UI) and the token's scope authorities ({@code SCOPE_read}, {@code SCOPE_write}).
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final TokenPrincipal principal;

    ApiTokenAuthentication(TokenPrincipal principal) {
        super(authorities(principal));
        this.principal = principal;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(TokenPrincipal principal) {
        var list = new ArrayList<GrantedAuthority>();
        principal.roles().forEach(role -> list.add(new SimpleGrantedAuthority(role.authority())));
        principal.scope().authorities().forEach(scope -> list.add(new SimpleGrantedAuthority(scope)));
        return list;
    }

    public TokenPrincipal token() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.username();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return principal.username();
    }
}
