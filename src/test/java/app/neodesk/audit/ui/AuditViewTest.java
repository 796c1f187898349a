package app.neodesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.audit.AuditEvent;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Test
    void listsTheTrailNewestFirst() {
        navigate(AuditView.class);
        var rows = rows();
        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .isSortedAccordingTo(
                        Comparator.comparing(AuditEvent::getOccurredAt).reversed());
        assertThat(rows).extracting(AuditEvent::getActor).contains("system");
    }

    @Test
    void filtersByEntityTypeActorTextAndDates() {
        sources.create(new SourceData("audit-view-ui", "Audit view test source", null, null), List.of());
        var view = navigate(AuditView.class);

        test(view.entityType).selectItem("Source");
        assertThat(rows())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getEntityType()).isEqualTo("Source"));

        test(view.actor).selectItem("admin");
        test($(ListToolbar.class).single().getSearchField()).setValue("audit-view-ui");
        assertThat(rows()).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("admin");
            assertThat(e.getSummary()).startsWith("audit-view-ui: Audit view test source");
        });
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo("create");

        // The test clock stands on 2026-02-12 (Shanghai); the date range is inclusive.
        test(view.from).setValue(LocalDate.of(2026, 2, 12));
        test(view.to).setValue(LocalDate.of(2026, 2, 12));
        assertThat(rows()).hasSize(1);
        // "From" may not pass "To": move "To" first, as a user would have to.
        test(view.to).setValue(LocalDate.of(2026, 2, 20));
        test(view.from).setValue(LocalDate.of(2026, 2, 13));
        assertThat(rows()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEvent> grid() {
        return $(Grid.class).single();
    }

    private List<AuditEvent> rows() {
        var tester = test(grid());
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
