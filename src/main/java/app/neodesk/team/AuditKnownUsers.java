package app.neodesk.team;

import app.neodesk.audit.KnownUsers;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The user names for the audit trail's actor filter; only {@code AuditService} (admin only) asks. */
@Component
class AuditKnownUsers implements KnownUsers {

    private final AppUserRepository repository;

    AuditKnownUsers(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> usernames() {
        return repository.findAllUsernames().stream()
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
