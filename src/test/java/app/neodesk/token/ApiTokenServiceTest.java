package app.neodesk.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The token rules: who may create which scope, expiry limits, shown once, hash only, revocation. */
@NeodeskSpringTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService service;

    @Autowired
    ApiTokenRepository repository;

    @Autowired
    AuditService audit;

    @Autowired
    Clock clock;

    @BeforeEach
    void users(@Autowired UserService users, @Autowired AppUserRepository userRepository) {
        TokenUsers.ensure(users, userRepository);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void viewerCannotCreateWriteToken() {
        assertThatThrownBy(() -> service.create(unique("write"), TokenScope.READ_WRITE, null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("analysts and admins");
        assertThat(service.scopesForMe()).containsExactly(TokenScope.READ);
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void viewerCreatesReadToken() {
        var created = service.create(unique("read"), TokenScope.READ, null, null);
        assertThat(created.info().scope()).isEqualTo(TokenScope.READ);
        assertThat(created.info().owner()).isEqualTo(TokenUsers.VIEWER);
    }

    @Test
    @WithMockUser(username = TokenUsers.ANALYST, roles = "ANALYST")
    void analystCreatesReadWriteToken() {
        var created = service.create(unique("rw"), TokenScope.READ_WRITE, null, "for the model");
        assertThat(created.info().scope()).isEqualTo(TokenScope.READ_WRITE);
        assertThat(created.info().notes()).isEqualTo("for the model");
        assertThat(service.scopesForMe()).containsExactly(TokenScope.READ, TokenScope.READ_WRITE);
    }

    @Test
    @WithMockUser(username = TokenUsers.ADMIN, roles = "ADMIN")
    void adminCreatesReadWriteToken() {
        assertThat(service.create(unique("rw"), TokenScope.READ_WRITE, null, null)
                        .info()
                        .scope())
                .isEqualTo(TokenScope.READ_WRITE);
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void expiryDefaultsToNinetyDaysAndMayBeUpToOneYear() {
        assertThat(service.create(unique("d"), TokenScope.READ, null, null)
                        .info()
                        .expiresOn())
                .isEqualTo(today().plusDays(90));
        assertThat(service.create(unique("y"), TokenScope.READ, today().plusYears(1), null)
                        .info()
                        .expiresOn())
                .isEqualTo(today().plusYears(1));
        assertThat(service.create(unique("t"), TokenScope.READ, today(), null)
                        .info()
                        .active())
                .isTrue();
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void expiryInThePastOrBeyondOneYearIsRefused() {
        assertThatThrownBy(() -> service.create(unique("p"), TokenScope.READ, today().minusDays(1), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> service.create(
                        unique("l"), TokenScope.READ, today().plusYears(1).plusDays(1), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most one year");
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void emptyOrLongOrDuplicateActiveNameIsRefused() {
        assertThatThrownBy(() -> service.create("  ", TokenScope.READ, null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Enter a name for the token");
        assertThatThrownBy(() -> service.create("x".repeat(101), TokenScope.READ, null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("At most 100 characters");
        var name = unique("dup");
        var first = service.create(name, TokenScope.READ, null, null);
        assertThatThrownBy(() -> service.create(name.toUpperCase(), TokenScope.READ, null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already have an active token");
        service.revokeMine(first.info().id());
        assertThat(service.create(name, TokenScope.READ, null, null).info().active())
                .as("a revoked token's name may be used again")
                .isTrue();
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void tokenIsShownOnceAndOnlyItsHashIsStored() {
        var created = service.create(unique("once"), TokenScope.READ, null, null);
        assertThat(created.token()).matches("ndk_[A-Za-z0-9_-]{43}");
        assertThat(created.info().prefix()).isEqualTo(created.token().substring(0, 8));
        var stored = repository.findById(created.info().id()).orElseThrow();
        assertThat(stored.getTokenHash())
                .isEqualTo(TokenText.sha256(created.token()))
                .doesNotContain(created.token());
        assertThat(service.mine())
                .filteredOn(t -> t.id() == created.info().id())
                .singleElement()
                .satisfies(t -> assertThat(t.toString()).doesNotContain(created.token()));
        assertThat(created.toString()).doesNotContain(created.token());
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void creationAndRevocationAreAudited() {
        var created = service.create(unique("audit"), TokenScope.READ, null, null);
        service.revokeMine(created.info().id());
        var history = TestAs.call(
                TokenUsers.ADMIN,
                "ADMIN",
                () -> audit.historyOf("ApiToken", created.info().id()));
        assertThat(history)
                .extracting(AuditEvent::getSummary)
                .anySatisfy(s -> assertThat(s).contains("revoked"))
                .anySatisfy(
                        s -> assertThat(s).contains("for " + TokenUsers.VIEWER).doesNotContain(created.token()));
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void userRevokesOwnToken() {
        var created = service.create(unique("own"), TokenScope.READ, null, null);
        var revoked = service.revokeMine(created.info().id());
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.status()).isEqualTo("Revoked");
    }

    @Test
    void userCannotRevokeOrSeeAnotherUsersToken() {
        var other = TestAs.call(
                TokenUsers.OTHER, "VIEWER", () -> service.create(unique("other"), TokenScope.READ, null, null));
        TestAs.run(TokenUsers.VIEWER, "VIEWER", () -> {
            assertThatThrownBy(() -> service.revokeMine(other.info().id())).isInstanceOf(NotFoundException.class);
            assertThat(service.mine()).noneMatch(t -> t.id() == other.info().id());
            assertThatThrownBy(() -> service.all()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.revoke(other.info().id()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        });
        TestAs.run(
                TokenUsers.OTHER,
                "VIEWER",
                () -> assertThat(service.mine())
                        .filteredOn(t -> t.id() == other.info().id())
                        .singleElement()
                        .satisfies(t -> assertThat(t.active()).isTrue()));
    }

    @Test
    void adminListsAndRevokesAnyToken() {
        var other = TestAs.call(
                TokenUsers.OTHER, "VIEWER", () -> service.create(unique("adm"), TokenScope.READ, null, null));
        TestAs.run(TokenUsers.ADMIN, "ADMIN", () -> {
            assertThat(service.all())
                    .anyMatch(t -> t.id() == other.info().id() && t.owner().equals(TokenUsers.OTHER));
            assertThat(service.revoke(other.info().id()).status()).isEqualTo("Revoked");
        });
    }
}
