package app.neodesk.security;

import app.neodesk.audit.SignInBlocked;
import app.neodesk.team.Role;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling per user name and per client address (see
 * {@link LoginThrottleProperties}). A blocked name or address is refused before the password is
 * even checked, so guessing cannot continue during the lock-out.
 * <p>
 * Registered once: {@link SecurityConfig} gives the filter chain an {@code AuthenticationManager}
 * holding only this provider and no parent, so a failure is never retried (and counted) twice.
 * <p>
 * A disabled account answers exactly like a wrong password, after the same password check (same
 * time, same count), so a stranger cannot tell that the account exists.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final Counter failures;
    private final Counter nameBlocks;
    private final Counter addressBlocks;

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);
    static final String BAD_CREDENTIALS = "Incorrect user name or password";

    private final DaoAuthenticationProvider delegate;
    private final LoginAttemptService attempts;
    private final TrustedAddresses trusted;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            LoginAttemptService attempts,
            LoginThrottleProperties properties,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.failures = Counter.builder("neodesk.signin.failures")
                .description("Failed sign-ins: wrong name or password, or a disabled account")
                .register(meters);
        this.nameBlocks = Counter.builder("neodesk.signin.blocks")
                .tag("by", "name")
                .description("User names blocked after repeated failures")
                .register(meters);
        this.addressBlocks = Counter.builder("neodesk.signin.blocks")
                .tag("by", "address")
                .description("Client addresses blocked after repeated failures")
                .register(meters);
        this.delegate = new DaoAuthenticationProvider(userDetailsService);
        this.delegate.setPasswordEncoder(passwordEncoder);
        // The account state is checked only after the password, and reported as bad credentials.
        this.delegate.setPreAuthenticationChecks(user -> {});
        this.delegate.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()
                    || !user.isAccountNonLocked()
                    || !user.isAccountNonExpired()
                    || !user.isCredentialsNonExpired()) {
                throw new BadCredentialsException(BAD_CREDENTIALS);
            }
        });
        this.attempts = attempts;
        this.trusted = new TrustedAddresses(properties.trustedAddresses());
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String address = clientAddress(authentication);
        boolean fromTrusted = trusted.contains(address);
        if (!fromTrusted) {
            var addressBlock = attempts.addressBlockedFor(address);
            if (addressBlock.isPresent()) {
                throw addressLocked(addressBlock.get());
            }
        }
        Optional<Duration> nameBlock = attempts.blockedFor(name);
        if (nameBlock.isPresent() && !fromTrusted) {
            throw locked(nameBlock.get());
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throw failure(name, address, fromTrusted, nameBlock);
        }
        if (nameBlock.isPresent() && !isAdmin(result)) {
            // From a trusted address only admins get past a blocked name.
            throw locked(nameBlock.get());
        }
        if (nameBlock.isPresent()) {
            log.warn("Admin '{}' signed in from trusted address {} while the name was blocked", name, address);
        }
        attempts.succeeded(name);
        return result;
    }

    private AuthenticationException failure(
            String name, @Nullable String address, boolean fromTrusted, Optional<Duration> nameBlock) {
        boolean addressNowBlocked = !fromTrusted && attempts.failedFrom(address);
        boolean nameNowBlocked = attempts.failed(name);
        failures.increment();
        if (nameNowBlocked && nameBlock.isEmpty()) {
            nameBlocks.increment();
            events.publishEvent(new SignInBlocked(name));
        }
        if (addressNowBlocked) {
            addressBlocks.increment();
            log.warn(
                    "Sign-in from address {} blocked after repeated failed attempts (last user name tried: '{}')",
                    address,
                    name);
        }
        var stillBlocked = attempts.blockedFor(name);
        if (stillBlocked.isPresent()) {
            return locked(stillBlocked.get());
        }
        if (addressNowBlocked) {
            return addressLocked(attempts.addressBlockedFor(address).orElse(Duration.ZERO));
        }
        return new BadCredentialsException(BAD_CREDENTIALS);
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private static boolean isAdmin(Authentication result) {
        return result.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    static LockedException locked(Duration remaining) {
        return new LockedException(
                "Too many failed sign-in attempts for this user name. Try again in " + minutes(remaining));
    }

    static LockedException addressLocked(Duration remaining) {
        return new LockedException(
                "Too many failed sign-in attempts from your network address. Try again in " + minutes(remaining));
    }

    private static String minutes(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
