package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.neodesk.team.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Two nodes starting together on an empty database: the one that loses the insert carries on. */
class InitialAdminRaceTest {

    @Test
    void whenAnotherNodeCreatedTheFirstAdminMeanwhileThisNodeCarriesOn() {
        var users = mock(UserService.class);
        when(users.hasAnyUser()).thenReturn(false, true);
        when(users.bootstrap(anyString(), anyString(), anyString(), anyBoolean(), anyBoolean(), any(), any()))
                .thenThrow(new DataIntegrityViolationException("duplicate key value violates uk_app_user_username"));
        assertThatCode(() -> new InitialAdmin(users, "admin", "a-long-enough-password").run(null))
                .doesNotThrowAnyException();
        verify(users)
                .bootstrap(
                        eq("admin"),
                        anyString(),
                        eq("a-long-enough-password"),
                        anyBoolean(),
                        anyBoolean(),
                        any(),
                        any());
    }

    @Test
    void aDuplicateThatNoStoredAdminExplainsIsNotHidden() {
        var users = mock(UserService.class);
        when(users.hasAnyUser()).thenReturn(false, false);
        when(users.bootstrap(anyString(), anyString(), anyString(), anyBoolean(), anyBoolean(), any(), any()))
                .thenThrow(new DataIntegrityViolationException("some other constraint"));
        assertThatThrownBy(() -> new InitialAdmin(users, "admin", "a-long-enough-password").run(null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
