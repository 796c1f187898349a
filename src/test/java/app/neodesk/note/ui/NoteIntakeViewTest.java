package app.neodesk.note.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The note page in a simulated browser. Own dates: 2025-08-12 (sunsirs) and 2025-09-16 (not saved). */
@NeodeskViewTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class NoteIntakeViewTest extends SpringBrowserlessTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    private static String note(String name) throws IOException {
        try (var in = NoteIntakeViewTest.class.getResourceAsStream("/notes/" + name)) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private NoteIntakeView extract(String text) {
        var view = navigate(NoteIntakeView.class);
        view.text.setValue(text);
        test(view.extract).click();
        return view;
    }

    @Test
    void theSeedNoteShowsTwoQuoteAndFiveDriverDraftsAndSavesTheDrivers() throws IOException {
        var view = extract(note("seed-en-2026-02-11.txt"));

        assertThat(view.quoteEditors).hasSize(2);
        assertThat(view.driverEditors).hasSize(5);
        var metal = view.quoteEditors.getFirst();
        assertThat(metal.product.getValue().getCode()).isEqualTo("nd-metal-cn");
        assertThat(metal.source.getValue().getCode()).isEqualTo("yangtze");
        assertThat(metal.date.getValue()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(metal.low.getValue()).isEqualByComparingTo("1080000");
        assertThat(metal.high.getValue()).isEqualByComparingTo("1090000");
        assertThat(metal.mid.getValue()).isEqualByComparingTo("1085000");
        assertThat(metal.mid.getLabel()).isEqualTo("Mid (average) (CNY/t)");
        assertThat(metal.stated.getText()).isEqualTo("The note says: neodymium metal, change +35,000 (+3.33%)");
        assertThat(metal.crossCheck.getText())
                .isEqualTo("Cross-check: agrees with stored previous 1,050,000 (2026-02-10)");
        assertThat(metal.status.getText()).isEqualTo("Stored already with these prices: nothing to save");
        assertThat(metal.include.getValue()).isFalse();
        assertThat(view.driverEditors.getFirst().title.getValue()).startsWith("Supply Side: Quota Controls");
        assertThat(view.driverEditors)
                .allSatisfy(d -> assertThat(d.direction.getValue().label()).isEqualTo("Bullish"));
        assertThat(view.driverEditors.get(3).category.getValue().label()).isEqualTo("Macro & capital");
        assertThat(view.save.getText()).isEqualTo("Save 0 quotes and 5 drivers");

        test(view.save).click();

        assertThat(text(view.result))
                .contains("Saved 0 quotes and 5 drivers.")
                .contains("Skipped: nd-metal-cn/yangtze/2026-02-11 (stored already with these prices)")
                .contains("Skipped: nd-oxide-cn/yangtze/2026-02-11 (stored already with these prices)");
        assertThat(view.result
                        .getChildren()
                        .flatMap(c -> c.getChildren())
                        .filter(Anchor.class::isInstance)
                        .map(a -> ((Anchor) a).getHref()))
                .containsExactly("drivers?tag=market-note");
        assertThat(view.quoteEditors).isEmpty();
    }

    @Test
    void aNewChineseQuoteIsSavedAndLinkedToTheHistory() {
        var view = extract("2025年8月12日，据生意社数据显示，氧化铽均价6,880元/公斤，上涨20元/公斤，涨幅0.29%，价格区间6,850-6,910元/公斤。");
        var tb = view.quoteEditors.getFirst();
        assertThat(tb.status.getText()).isEqualTo("New quote");
        assertThat(tb.include.getValue()).isTrue();
        assertThat(view.save.getText()).isEqualTo("Save 1 quote and 0 drivers");

        test(view.save).click();

        var stored = quotes.find(
                        products.findByCode("tb-oxide-cn").orElseThrow().getId(),
                        sources.findByCode("sunsirs").orElseThrow().getId(),
                        LocalDate.of(2025, 8, 12))
                .orElseThrow();
        assertThat(stored.mid()).isEqualByComparingTo("6880");
        assertThat(stored.low()).isEqualByComparingTo("6850");
        assertThat(view.result
                        .getChildren()
                        .flatMap(c -> c.getChildren())
                        .filter(Anchor.class::isInstance)
                        .map(a -> ((Anchor) a).getHref()))
                .containsExactly("history?product=tb-oxide-cn&from=2025-08-12&to=2025-08-12");
    }

    @Test
    void anUnknownNameGetsAProductPickedAndIsDraftedAgain() throws IOException {
        var view = extract(note("unknown-product-2025-09-16.txt"));
        assertThat(text(view.messages)).contains("not recognised: 金属镨钕 — pick a product or skip");
        var unknown = view.quoteEditors.getFirst();
        assertThat(unknown.product.getValue()).isNull();
        assertThat(unknown.include.getValue()).isFalse();
        assertThat(text(unknown.problems)).contains("not recognised: 金属镨钕");
        assertThat(view.save.getText()).isEqualTo("Save 1 quote and 0 drivers");

        var nd = products.findByCode("nd-metal-cn").orElseThrow();
        test(unknown.product).selectItem(nd.getCode() + " · " + nd.getDisplayName());

        assertThat(unknown.low.getValue()).isEqualByComparingTo("858000");
        assertThat(unknown.mid.getValue()).isEqualByComparingTo("862000");
        assertThat(unknown.include.getValue()).isTrue();
        assertThat(text(unknown.problems)).isEmpty();
        assertThat(view.save.getText()).isEqualTo("Save 2 quotes and 0 drivers");
    }

    @Test
    void aNoteWithoutNumbersSaysSoAndEmptyTextIsRefused() throws IOException {
        var view = extract(note("no-numbers.txt"));
        assertThat(text(view.messages)).contains("No prices found in the note: it contains no numbers");
        assertThat(view.quoteEditors).isEmpty();
        assertThat(view.driverEditors).hasSize(2);

        view.text.setValue(" ");
        test(view.extract).click();
        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isEqualTo("Paste the text of a market note first");
    }
}
