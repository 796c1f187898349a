package app.neodesk.token;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.MutableClock;
import app.neodesk.support.PostgresSpringTest;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import app.neodesk.team.UserService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bearer check on PostgreSQL, the production database: it reads outside a transaction and
 * records the last use in a short write transaction of its own (a read-only transaction would
 * refuse that update on PostgreSQL, not on H2).
 */
@PostgresSpringTest
class TokenPostgresTest {

    @Autowired
    ApiTokenService service;

    @Autowired
    ApiTokenRepository repository;

    @Autowired
    TokenAuthenticator authenticator;

    @Autowired
    MutableClock clock;

    @Test
    // Commits for real: each request reads the token afresh after the last-use update, not the test's loaded entity.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aValidTokenSignsInWithTheOwnersRolesAndRecordsItsLastUseOncePerMinute(
            @Autowired UserService users, @Autowired AppUserRepository accounts) {
        TokenUsers.ensure(users, accounts);
        var created = TestAs.call(
                TokenUsers.ANALYST, "ANALYST", () -> service.create("postgres", TokenScope.READ_WRITE, null, null));
        long id = created.info().id();
        assertThat(repository.findById(id).orElseThrow().getLastUsedAt()).isNull();

        var accepted = (TokenCheck.Accepted) authenticator.authenticate(created.token());
        assertThat(accepted.principal().username()).isEqualTo(TokenUsers.ANALYST);
        assertThat(accepted.principal().roles()).containsExactly(Role.ANALYST);
        assertThat(accepted.principal().scope()).isEqualTo(TokenScope.READ_WRITE);
        var firstUse = repository.findById(id).orElseThrow().getLastUsedAt();
        assertThat(firstUse).isEqualTo(clock.instant());

        var start = clock.instant();
        try {
            clock.advance(Duration.ofSeconds(30));
            authenticator.authenticate(created.token());
            assertThat(repository.findById(id).orElseThrow().getLastUsedAt())
                    .as("within the minute")
                    .isEqualTo(firstUse);
            clock.advance(Duration.ofSeconds(31));
            authenticator.authenticate(created.token());
            assertThat(repository.findById(id).orElseThrow().getLastUsedAt()).isEqualTo(clock.instant());
        } finally {
            clock.set(start);
        }
    }

    @Test
    void aRevokedTokenIsRefused(@Autowired UserService users, @Autowired AppUserRepository accounts) {
        TokenUsers.ensure(users, accounts);
        var created =
                TestAs.call(TokenUsers.VIEWER, "VIEWER", () -> service.create("revoked", TokenScope.READ, null, null));
        TestAs.run(
                TokenUsers.VIEWER,
                "VIEWER",
                () -> service.revokeMine(created.info().id()));
        assertThat(authenticator.authenticate(created.token()))
                .isEqualTo(new TokenCheck.Refused(TokenAuthenticator.REVOKED));
    }
}
