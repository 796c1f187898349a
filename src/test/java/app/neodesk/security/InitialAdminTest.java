package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.TestClockConfig;
import app.neodesk.team.AppUserRepository;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** Outside demo mode there is no default password: the first admin comes from the environment or a one-time password. */
class InitialAdminTest {

    @Nested
    @SpringBootTest(
            properties = {
                "neodesk.demo.enabled=false",
                "neodesk.admin.username=root-admin",
                "neodesk.admin.password=correct horse battery"
            })
    @ActiveProfiles("test")
    @Import(TestClockConfig.class)
    class FromEnvironment {

        @Autowired
        AppUserRepository users;

        @Autowired
        ThrottledAuthenticationProvider provider;

        @Test
        void firstAdminComesFromTheEnvironmentAndNoDemoAccountsExist() {
            assertThat(users.findAll()).singleElement().satisfies(u -> {
                assertThat(u.getUsername()).isEqualTo("root-admin");
                assertThat(u.isMustChangePassword()).isFalse();
            });
            assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                    "root-admin", "correct horse battery"))
                            .isAuthenticated())
                    .isTrue();
            assertThatThrownBy(() ->
                            provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "demo")))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    @SpringBootTest(properties = {"neodesk.demo.enabled=false", "neodesk.admin.password="})
    @ActiveProfiles("test")
    @Import(TestClockConfig.class)
    class WithoutEnvironment {

        @Autowired
        AppUserRepository users;

        @Test
        void firstAdminGetsAOneTimePasswordThatMustBeChanged() {
            var admin = users.findByUsername("admin").orElseThrow();
            assertThat(admin.isMustChangePassword()).isTrue();
            assertThat(users.count()).isEqualTo(1);
        }

        @Test
        void oneTimePasswordIsLoggedOnceAndSignsIn(
                CapturedOutput output,
                @Autowired InitialAdmin initialAdmin,
                @Autowired ThrottledAuthenticationProvider provider) {
            users.deleteAll();
            int before = output.getAll().length();
            initialAdmin.run(null);

            var matcher = Pattern.compile("one-time password (\\S+) ")
                    .matcher(output.getAll().substring(before));
            assertThat(matcher.find()).as("the one-time password is logged").isTrue();
            var password = matcher.group(1);
            assertThat(password).hasSize(20);
            assertThat(matcher.find()).as("printed only once").isFalse();
            assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", password))
                            .isAuthenticated())
                    .isTrue();
            assertThat(users.findByUsername("admin").orElseThrow().isMustChangePassword())
                    .isTrue();

            initialAdmin.run(null);
            assertThat(users.count()).as("a second start creates nobody").isEqualTo(1);
        }
    }
}
