package app.neodesk.quote.ui;

import static app.neodesk.quote.ui.QuoteForm.rule;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.RecordForm;
import app.neodesk.quote.Quote;
import app.neodesk.quote.QuoteRules;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The fields of a quote correction, bound to {@link CorrectionValues}: the prices get the entry
 * form's checks (what was typed first, then the rules: a cleared low is "Enter the low price"),
 * every field at once; the service checks again, and its refusals show at the field they name.
 */
public class CorrectionForm extends RecordForm<CorrectionValues> {

    final PriceField low = new PriceField("Low");
    final PriceField high = new PriceField("High");
    final PriceField mid = new PriceField("Mid");
    final TextField comment = new TextField("Comment");
    final TextField reason = new TextField("Reason for the correction");

    /**
     * @param scale the product's decimals
     * @param unit  the unit the prices are in, e.g. "CNY/t"
     */
    public CorrectionForm(int scale, String unit) {
        super(CorrectionValues.class);
        for (var f : List.of(low, high, mid)) {
            f.setUnit(unit);
            f.addClassName("num");
        }
        low.setRequiredIndicatorVisible(true);
        high.setRequiredIndicatorVisible(true);
        mid.setHelperText("Empty: (low + high) / 2");
        comment.setMaxLength(Quote.COMMENT_MAX_LENGTH);
        reason.setRequired(true);
        reason.setMaxLength(Quote.REASON_MAX_LENGTH);
        reason.setPlaceholder("e.g. agency corrected its assessment");

        binder.forField(low)
                .withValidator(rule(v -> QuoteRules.priceProblem(v, "low", scale)))
                .bind(QuoteRules.FIELD_LOW);
        binder.forField(high)
                .withValidator(rule(v -> {
                    var p = QuoteRules.priceProblem(v, "high", scale);
                    return p != null ? p : QuoteRules.highProblem(low.getValue(), v);
                }))
                .bind(QuoteRules.FIELD_HIGH);
        binder.forField(mid)
                .withValidator(rule(v -> {
                    if (v == null) {
                        return null; // the service takes (low + high) / 2
                    }
                    var p = QuoteRules.priceProblem(v, "mid", scale);
                    return p != null ? p : QuoteRules.midProblem(low.getValue(), high.getValue(), v);
                }))
                .bind(QuoteRules.FIELD_MID);
        binder.forField(comment).withNullRepresentation("").bind("comment");
        binder.forField(reason).bind("reason");

        var layout = getContent();
        layout.add(low, high, mid, comment, reason);
        layout.setColspan(reason, 2);
    }

    @Override
    protected Focusable<?> firstField(Editing<CorrectionValues> value) {
        return low;
    }
}
