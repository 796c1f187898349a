package app.neodesk.token;

import app.neodesk.team.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the calling token acts for, so a user can check a token. */
@RestController
class MeController {

    /** The token's owner, the owner's roles, the token's scope, name and last valid day. */
    record Me(
            String username,
            List<String> roles,
            String scope,
            @Nullable String tokenName,
            @Nullable LocalDate expiresOn) {}

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Who the calling token acts for: user, roles, scope, token name and last valid day",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            schema = @Schema(implementation = Me.class),
                                            examples = @ExampleObject(name = "An analyst's read token", value = """
                            {"username":"analyst","roles":["ANALYST"],"scope":"read","tokenName":"Excel",\
                            "expiresOn":"2027-03-02"}"""))))
    Me me(Authentication authentication) {
        if (authentication instanceof ApiTokenAuthentication token) {
            var p = token.token();
            return new Me(
                    p.username(),
                    p.roles().stream().map(Role::name).sorted().toList(),
                    p.scope().code(),
                    p.tokenName(),
                    p.expiresOn());
        }
        var roles = authentication.getAuthorities().stream()
                .map(a -> String.valueOf(a.getAuthority()))
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .sorted()
                .toList();
        var scope = authentication.getAuthorities().stream().anyMatch(a -> "SCOPE_write".equals(a.getAuthority()))
                ? TokenScope.READ_WRITE.code()
                : TokenScope.READ.code();
        return new Me(authentication.getName(), roles, scope, null, null);
    }
}
