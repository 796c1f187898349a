package app.neodesk.token;

import app.neodesk.team.Role;
import java.time.LocalDate;
import java.util.Set;

/** Who an accepted token acts for: the owner's name and roles, the token's scope, id and name. */
public record TokenPrincipal(
        String username, Set<Role> roles, TokenScope scope, long tokenId, String tokenName, LocalDate expiresOn) {}
