package app.neodesk.security;

import app.neodesk.audit.SignInBlocked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Password sign-in with throttling per user name: a blocked name is refused before its password
 * is even checked, so guessing cannot continue during the lock-out.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginAttemptService attempts;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                    LoginAttemptService attempts, ApplicationEventPublisher events) {
        this.delegate = new DaoAuthenticationProvider(userDetailsService);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        var blocked = attempts.blockedFor(name);
        if (blocked.isPresent()) {
            throw locked(blocked.get());
        }
        try {
            var result = delegate.authenticate(authentication);
            attempts.succeeded(name);
            return result;
        } catch (BadCredentialsException e) {
            if (attempts.failed(name)) {
                events.publishEvent(new SignInBlocked(name));
                throw locked(attempts.blockedFor(name).orElse(Duration.ZERO));
            }
            throw e;
        }
    }

    static LockedException locked(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return new LockedException("Too many failed sign-in attempts for this user name. "
                + "Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
