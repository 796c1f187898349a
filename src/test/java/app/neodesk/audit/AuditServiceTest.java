package app.neodesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The audit trail reads newest first, and only admins read it. */
@NeodeskSpringTest
class AuditServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    SourceService sources;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminReadsAnEntitysTrailNewestFirst() {
        var saved = sources.create(new SourceData("audit-order-test", "Audit order test", null, null), List.of());
        rename(saved.requireId(), "Audit order test, renamed");
        rename(saved.requireId(), "Audit order test, third event");

        var trail = audit.historyOf("Source", saved.getId());
        assertThat(trail)
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
        // The test clock stands still, so the three share one instant: the later event (higher id) comes first.
        assertThat(trail).extracting(AuditEvent::getId).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(trail.getFirst().getSummary()).contains("third event");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSearchesTheWholeTrailNewestFirst() {
        var saved = sources.create(new SourceData("audit-order-search", "Audit order search", null, null), List.of());
        rename(saved.requireId(), "Audit order search, renamed");

        var mine = audit.search(
                        new AuditFilter("Source", null, "audit-order-search", null, null), PageRequest.of(0, 10))
                .getContent();
        assertThat(mine).extracting(AuditEvent::getAction).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        var page = audit.search(AuditFilter.all(), PageRequest.of(0, 50)).getContent();
        assertThat(page)
                .hasSizeGreaterThan(2)
                .isSortedAccordingTo(Comparator.comparing(AuditEvent::getOccurredAt)
                        .thenComparing(AuditEvent::getId)
                        .reversed());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void actorNamesAreEveryUserInNameOrderThenSystem() {
        var names = audit.actorNames();
        assertThat(names.getLast()).isEqualTo("system");
        assertThat(names.subList(0, names.size() - 1))
                .contains("admin", "analyst", "trader")
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotReadTheTrail() {
        assertThatThrownBy(() -> audit.actorNames()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.historyOf("Source", 1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotReadTheTrail() {
        assertThatThrownBy(() -> audit.historyOf("Source", 1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anonymousCannotReadTheTrail() {
        assertThatThrownBy(() -> audit.historyOf("Source", 1))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void rename(long id, String name) {
        var source = sources.get(id);
        sources.update(id, source.getVersion(), new SourceData(source.getCode(), name, null, null), List.of());
    }
}
