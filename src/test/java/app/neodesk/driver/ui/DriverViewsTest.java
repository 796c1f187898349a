package app.neodesk.driver.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.base.ui.FilterBar;
import app.neodesk.driver.AsUser;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Visibility;
import app.neodesk.ui.RecordNotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
class DriverViewsTest extends SpringBrowserlessTest {

    @Autowired
    DriverService drivers;

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void annotateLinkPrefillsProductAndDate() {
        var view = open(DriverEditView.link("nd-metal-cn", LocalDate.of(2026, 2, 11)), DriverEditView.class);
        assertThat(view.form.products.getValue()).extracting(p -> p.getCode()).containsExactly("nd-metal-cn");
        assertThat(view.form.startDate.getValue()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(view.form.teams.getValue()).isEmpty();
        assertThat(view.form.teams.isVisible())
                .as("team visibility is the default")
                .isTrue();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void formRefusesMissingTitleProductCategoryAndTeamWithoutSaving() {
        var view = open("drivers/new?date=2026-02-11", DriverEditView.class);
        test($(Button.class).withClassName("save-driver").single()).click();
        var form = view.form;
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Enter a title");
        assertThat(form.products.isInvalid()).isTrue();
        assertThat(form.products.getErrorMessage()).isEqualTo("Choose at least one product");
        assertThat(form.category.isInvalid()).isTrue();
        assertThat(form.teams.isInvalid()).isTrue();
        assertThat(form.teams.getErrorMessage()).isEqualTo("Choose at least one team to share with");
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void formRefusesTooLongTitleEndBeforeStartAndNonHttpLink() {
        var view = open("drivers/new?product=nd-oxide-cn&date=2026-02-11", DriverEditView.class);
        var form = view.form;
        test(form.title).setValue("x".repeat(201));
        test(form.endDate).setValue(LocalDate.of(2026, 2, 10));
        test(form.sourceUrl).setValue("javascript:alert(1)");
        test($(Button.class).withClassName("save-driver").single()).click();
        assertThat(form.title.getErrorMessage()).isEqualTo("At most 200 characters");
        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(form.endDate.getErrorMessage()).isEqualTo("The end date cannot be before the start date");
        assertThat(form.sourceUrl.isInvalid()).isTrue();
        assertThat(form.sourceUrl.getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://");
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void validFormSavesForTheTeamAndOpensThePermalink() {
        var view = open(DriverEditView.link("nd-metal-cn", LocalDate.of(2026, 2, 11)), DriverEditView.class);
        var form = view.form;
        test(form.title).setValue("Browserless: smelters cut output");
        test(form.category).selectItem("Supply");
        test(form.direction).selectItem("Bullish");
        test(form.impact).selectItem("Medium");
        test(form.teams).selectItem("Desk A");
        test(form.body).setValue("Cuts at **two** smelters.");
        test($(Button.class).withClassName("save-driver").single()).click();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DriverDetailView.class);
        assertThat($(H1.class).withClassName("driver-title").single().getText())
                .isEqualTo("Browserless: smelters cut output");
        var saved = drivers.search(
                        new DriverFilter(null, null, null, null, null, null, null, null, "Browserless: smelters"),
                        PageRequest.of(0, 5))
                .getContent();
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.getAuthorUsername()).isEqualTo("trader");
            assertThat(a.getVisibility()).isEqualTo(Visibility.TEAM);
            assertThat(a.getTeams()).extracting(t -> t.getName()).containsExactly("Desk A");
        });
        assertThat($(Button.class).withClassName("edit-driver").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "trader2", roles = "VIEWER")
    void detailWithAGuessedIdShowsTheSameNotFoundAsAMissingId() {
        long deskA = idOf("analyst", "Desk A: magnet customers ask for Q2 cover at fixed prices");
        long privateOfTrader = idOf("trader", "My view: take profit above 1.1m");

        navigate("drivers/999999999", RecordNotFoundView.class);
        var missing = $(H1.class).single().getText();
        assertThat(missing).isEqualTo("Driver not found");
        for (long id : new long[] {deskA, privateOfTrader}) {
            navigate("drivers/" + id, RecordNotFoundView.class);
            assertThat($(H1.class).single().getText()).isEqualTo(missing);
            assertThat($(Paragraph.class).first().getText())
                    .isEqualTo("It does not exist, or it is not shared with you.");
        }
        navigate("drivers/not-a-number", RecordNotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(missing);
        navigate("drivers/99999999999999999999", RecordNotFoundView.class);
        assertThat($(H1.class).single().getText()).as("an id beyond a long").isEqualTo(missing);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void detailLinksBackToTheDriversAndTheirTagsByTheSamePaths() {
        long analystsNote = idOf("analyst", "Export licensing raises costs for uncertified products");
        navigate("drivers/" + analystsNote, DriverDetailView.class);
        assertThat($(Anchor.class).withText("All drivers").single().getHref()).isEqualTo("drivers");
        var tags = $(Div.class).withClassName("driver-tags").single();
        assertThat($(Anchor.class, tags).all())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).isEqualTo("drivers?tag=" + a.getText()));

        navigate(DriversView.class);
        assertThat($(Anchor.class).withText("Scorecard").single().getHref()).isEqualTo("drivers/scorecard");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void detailOffersEditAndDeleteOnlyToTheAuthorOrAnAdmin() {
        long analystsNote = idOf("analyst", "Export licensing raises costs for uncertified products");
        navigate("drivers/" + analystsNote, DriverDetailView.class);
        assertThat($(H1.class).withClassName("driver-title").single().getText())
                .isEqualTo("Export licensing raises costs for uncertified products");
        assertThat($(Button.class).withClassName("edit-driver").exists()).isFalse();
        assertThat($(Button.class).withClassName("delete-driver").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<Object> scores = $(Grid.class).withClassName("driver-scorecard").single();
        var rows = test(scores);
        assertThat(rows.size()).as("one row per linked product").isEqualTo(2);
        assertThat(rows.getCellText(0, 1))
                .as("base is the seed quote of the annotation's date")
                .isIn("2026-02-11 · 1,085,000", "2026-02-11 · 905,000");
        assertThat(rows.getCellText(0, 2)).as("no quote after 2026-02-11 yet").isEqualTo("pending");
    }

    @Test
    @WithMockUser(username = "trader2", roles = "VIEWER")
    void listReadsItsFiltersFromTheUrlAndShowsOnlyVisibleRows() {
        var view = open("drivers?category=supply&q=quotas", DriversView.class);
        assertThat(view.category.getValue()).isEqualTo(DriverCategory.SUPPLY);
        assertThat(view.text.getValue()).isEqualTo("quotas");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).getTitle()).contains("quotas");

        open("drivers?q=desk", DriversView.class);
        @SuppressWarnings("unchecked")
        Grid<DriverAnnotation> all = $(Grid.class).withClassName("drivers-grid").single();
        var rows = test(all);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.getRow(i).getTitle()).doesNotStartWith("Desk A");
        }
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void filtersFoldIntoAFilterBarThatCountsThemAndPhonesKeepDateTitleAndProducts() {
        var view = open("drivers?category=supply&q=quotas", DriversView.class);
        var bar = view.getChildren()
                .filter(FilterBar.class::isInstance)
                .map(FilterBar.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(view.text.getParent().flatMap(Component::getParent)).contains(bar);
        assertThat(view.visibility.getParent().flatMap(Component::getParent)).contains(bar);
        assertThat(bar.activeCount()).isEqualTo(2);

        var narrowHidden = view.grid.getColumns().stream()
                .filter(c -> c.getElement().hasAttribute("narrow-hidden"))
                .map(Grid.Column::getKey)
                .toList();
        assertThat(narrowHidden)
                .containsExactlyInAnyOrder("category", "direction", "impact", "tags", "visibility", "author");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void changingAFilterUpdatesTheGrid() {
        var view = navigate("drivers", DriversView.class);
        test(view.tag).selectItem("humanoid-robots");
        assertThat(view.currentFilter().tag()).isEqualTo("humanoid-robots");
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).getTags()).contains("humanoid-robots");
        }
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void scorecardCountsDriversTooRecentForAHorizonAsPendingNotZero() {
        navigate(ScorecardView.class);
        assertThat($(Paragraph.class).withClassName("no-price-data").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<Object> summary = $(Grid.class).withClassName("scorecard-summary").single();
        var rows = test(summary);
        assertThat(rows.size()).isPositive();
        int onlyPending = 0;
        for (int i = 0; i < rows.size(); i++) {
            int scored = Integer.parseInt(rows.getCellText(i, 3));
            int pending = Integer.parseInt(rows.getCellText(i, 4));
            if (scored == 0 && pending > 0) {
                onlyPending++;
                assertThat(rows.getCellText(i, 6))
                        .as("median move without a scored driver")
                        .isEqualTo("pending");
            }
        }
        assertThat(onlyPending)
                .as("the seed drivers of 2026-02-11 have no later quote yet")
                .isPositive();
    }

    /** Navigates to a location with query parameters, which {@code navigate(String, Class)} does not take. */
    private static <T> T open(String location, Class<T> type) {
        int q = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, q), QueryParameters.fromString(location.substring(q + 1)));
        return type.cast(UI.getCurrent().getCurrentView());
    }

    private static long idOf(String reader, String title) {
        return AsUser.call(
                reader,
                () -> springDrivers()
                        .search(
                                new DriverFilter(null, null, null, null, null, null, null, null, title),
                                PageRequest.of(0, 5))
                        .getContent()
                        .getFirst()
                        .getId());
    }

    private static DriverService springDrivers() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(DriverService.class);
    }
}
