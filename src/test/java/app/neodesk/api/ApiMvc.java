package app.neodesk.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc through the real filter chains, and callers as the token filter presents them: the demo
 * user's role authority plus SCOPE_read, and SCOPE_write for a "read write" token.
 */
final class ApiMvc {

    static final Map<String, String> ROLES =
            Map.of("trader", "ROLE_VIEWER", "trader2", "ROLE_VIEWER", "analyst", "ROLE_ANALYST", "admin", "ROLE_ADMIN");

    private ApiMvc() {}

    static MockMvc build(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** A read-only token of the demo user. */
    static RequestPostProcessor readToken(String username) {
        return token(username, false);
    }

    /** A "read write" token of the demo user. */
    static RequestPostProcessor writeToken(String username) {
        return token(username, true);
    }

    private static RequestPostProcessor token(String username, boolean write) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(ROLES.get(username)));
        authorities.add(new SimpleGrantedAuthority("SCOPE_read"));
        if (write) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_write"));
        }
        return user(username).authorities(authorities);
    }
}
