package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.ValidationException;
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
        assertThatThrownBy(() -> sources.save(new Source("viewer-source", "Viewer")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sources.search(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void analystCannotSaveOrListTheAdminGrid() {
        assertThatThrownBy(() -> sources.save(new Source("analyst-source", "Analyst")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sources.search("smm", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(sources.findByCode("analyst-source")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCreatesSourceAuditedAndDuplicateCodeIsRefused() {
        var source = new Source("fastmarkets-test", "Fastmarkets");
        source.setUrl("https://www.fastmarkets.com");
        var saved = sources.save(source);

        assertThat(sources.search("fastmarkets-t", PageRequest.of(0, 10)).getContent())
                .extracting(Source::getCode)
                .containsExactly("fastmarkets-test");
        assertThat(audit.historyOf("Source", saved.getId())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getActor()).isEqualTo("admin");
        });

        assertThatThrownBy(() -> sources.save(new Source("fastmarkets-test", "Copy")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already uses the code 'fastmarkets-test'")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("code");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void renamingToAnotherSourcesCodeIsRefused() {
        var saved = sources.save(new Source("asian-metal-test", "Asian Metal"));
        var edit = sources.get(saved.getId());
        edit.setCode("smm");
        assertThatThrownBy(() -> sources.save(edit)).isInstanceOf(ValidationException.class);
        assertThat(sources.get(saved.getId()).getCode()).isEqualTo("asian-metal-test");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staleEditIsRefusedAsChangedBySomeoneElse() {
        var saved = sources.save(new Source("argus-stale", "Argus"));
        var first = sources.get(saved.getId());
        var second = sources.get(saved.getId());
        first.setName("Argus Media");
        sources.save(first);

        second.setNotes("weekly");
        assertThatThrownBy(() -> sources.save(second))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(sources.get(saved.getId())).satisfies(s -> {
            assertThat(s.getName()).isEqualTo("Argus Media");
            assertThat(s.getNotes()).isNull();
        });
        assertThat(audit.historyOf("Source", saved.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    }
}
