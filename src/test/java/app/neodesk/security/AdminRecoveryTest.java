package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The start-up recovery command ({@code --neodesk.recovery.reset-admin=<name>}) gives a locked-out
 * admin a one-time password in the log. Run here as the runner would run it at start-up.
 */
@NeodeskSpringTest
@ExtendWith(OutputCaptureExtension.class)
class AdminRecoveryTest {

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    void disabledDemotedAdminGetsAOneTimePasswordThatSignsInAndMustBeChanged(CapturedOutput output) {
        var locked = SystemAuthentication.call(() -> users.bootstrap(
                "recover.me", "Recover Me", "forgotten-password-1", false, true, Set.of(Role.VIEWER), List.of()));
        SystemAuthentication.run(() -> {
            var user = users.get(locked.requireId());
            users.update(user.requireId(), user.getVersion(), UserData.of(user).withEnabled(false));
        });

        int before = output.getAll().length();
        new AdminRecovery(users, " recover.me ").run(null);

        var logged = output.getAll().substring(before);
        var matcher = Pattern.compile("one-time password (\\S+) ").matcher(logged);
        assertThat(matcher.find()).as("the password is in the log: %s", logged).isTrue();
        var password = matcher.group(1);
        assertThat(matcher.find()).as("printed once").isFalse();

        long id = repository.findByUsername("recover.me").orElseThrow().requireId();
        var user = SystemAuthentication.call(() -> users.get(id));
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getRoles()).contains(Role.ADMIN, Role.VIEWER);
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(authenticationManager
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("recover.me", password))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void unknownNameChangesNothingAndSaysSo(CapturedOutput output) {
        long users = repository.count();
        new AdminRecovery(this.users, "no.such.admin").run(null);
        assertThat(output.getAll()).contains("Recovery: there is no user 'no.such.admin'; nothing was changed");
        assertThat(repository.count()).isEqualTo(users);
    }

    @Test
    void withoutTheSettingNothingHappens(CapturedOutput output) {
        int before = output.getAll().length();
        new AdminRecovery(users, "").run(null);
        assertThat(output.getAll().substring(before)).doesNotContain("Recovery");
    }
}
