package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskSpringTest
class SourceServiceTest {

    @Autowired
    SourceService sources;

    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(roles = "VIEWER")
    void everySignedInUserReadsTheSources() {
        assertThat(sources.findAll()).extracting(Source::getCode).contains("yangtze", "smm", "sunsirs", "inhouse");
        assertThat(sources.findByCode("smm"))
                .get()
                .extracting(Source::getLabel)
                .isEqualTo("smm · Shanghai Metals Market");
    }

    @Test
    void anonymousCannotReadSources() {
        assertThatThrownBy(() -> sources.findAll()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerCannotSaveOrListTheAdminGrid() {
        assertThatThrownBy(() -> sources.create(new SourceData("viewer-source", "Viewer", null, null), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sources.search(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void analystCannotSaveOrListTheAdminGrid() {
        assertThatThrownBy(() -> sources.create(new SourceData("analyst-source", "Analyst", null, null), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sources.search("smm", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(sources.findByCode("analyst-source")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCreatesSourceAuditedAndDuplicateCodeIsRefused() {
        var saved = sources.create(
                new SourceData(" fastmarkets-test ", "Fastmarkets", "https://www.fastmarkets.com", " "), List.of());
        assertThat(saved.getCode()).isEqualTo("fastmarkets-test");
        assertThat(saved.getNotes()).isNull();

        assertThat(sources.search("fastmarkets-t", PageRequest.of(0, 10)).getContent())
                .extracting(Source::getCode)
                .containsExactly("fastmarkets-test");
        assertThat(audit.historyOf("Source", saved.getId())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getActor()).isEqualTo("admin");
        });

        assertThatThrownBy(() -> sources.create(new SourceData("fastmarkets-test", "Copy", null, null), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already uses the code 'fastmarkets-test'")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("code");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void renamingToAnotherSourcesCodeIsRefused() {
        var saved = sources.create(new SourceData("asian-metal-test", "Asian Metal", null, null), List.of());
        var edit = sources.get(saved.requireId());
        assertThatThrownBy(() -> sources.update(
                        edit.requireId(),
                        edit.getVersion(),
                        new SourceData("smm", "Asian Metal", null, null),
                        List.of()))
                .isInstanceOf(ValidationException.class);
        assertThat(sources.get(saved.getId()).getCode()).isEqualTo("asian-metal-test");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staleEditIsRefusedAsChangedBySomeoneElse() {
        var saved = sources.create(new SourceData("argus-stale", "Argus", null, null), List.of());
        long id = saved.requireId();
        long opened = sources.get(id).getVersion(); // two admins open the same source
        sources.update(id, opened, new SourceData("argus-stale", "Argus Media", null, null), List.of());

        assertThatThrownBy(() -> sources.update(
                        id, opened, new SourceData("argus-stale", "Argus", null, "weekly"), List.of("Argus weekly")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(sources.get(id)).satisfies(s -> {
            assertThat(s.getName()).isEqualTo("Argus Media");
            assertThat(s.getNotes()).isNull();
        });
        assertThat(sources.aliases(id)).isEmpty();
        assertThat(audit.historyOf("Source", id))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void updateOfAMissingSourceIsNotFound() {
        assertThatThrownBy(() -> sources.update(
                        Long.MAX_VALUE, 0, new SourceData("ghost-source", "Ghost", null, null), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(sources.findByCode("ghost-source")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void refusedAliasLeavesTheSourceUnchanged() {
        var saved = sources.create(new SourceData("alias-guard-src", "Alias guard", null, null), List.of());
        long id = saved.requireId();
        assertThatThrownBy(() -> sources.update(
                        id,
                        saved.getVersion(),
                        new SourceData("alias-guard-src", "Alias guard renamed", null, null),
                        List.of("smm")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("aliases");
        assertThat(sources.get(id).getName()).isEqualTo("Alias guard");
        assertThat(sources.get(id).getVersion()).isEqualTo(saved.getVersion());
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void analystCannotUpdateASource() {
        long smm = sources.findByCode("smm").orElseThrow().requireId();
        assertThatThrownBy(() -> sources.update(smm, 0, new SourceData("smm", "Hijacked", null, null), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(sources.findByCode("smm").orElseThrow().getName()).isNotEqualTo("Hijacked");
    }
}
