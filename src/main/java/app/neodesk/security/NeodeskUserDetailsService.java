package app.neodesk.security;

import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users, their password hashes and roles from the database for sign-in. */
@Service
class NeodeskUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    NeodeskUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .authorities(user.getRoles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }
}
