package app.neodesk.token.ui;

import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.token.ApiToken;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.CreatedToken;
import app.neodesk.token.TokenScope;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * Creates a token: name, scope (only the scopes the user's role allows), expiry and notes. On
 * success the dialog shows the token once, read-only, with the warning that it is not shown again.
 */
class NewTokenDialog extends Dialog {

    private final ApiTokenService tokens;
    private final Consumer<CreatedToken> onCreated;
    final TextField name = new TextField("Name");
    final Select<TokenScope> scope = new Select<>();
    final IsoDatePicker expiry = new IsoDatePicker("Expires on");
    final TextArea notes = new TextArea("Notes");
    final TextField tokenField = new TextField("Your new token");

    NewTokenDialog(ApiTokenService tokens, Consumer<CreatedToken> onCreated) {
        this.tokens = tokens;
        this.onCreated = onCreated;
        setHeaderTitle("New token");
        name.setRequired(true);
        name.setMaxLength(ApiToken.NAME_MAX_LENGTH);
        name.setHelperText("What the token is for, e.g. \"Excel price sheet\"");
        scope.setLabel("Scope");
        scope.setItems(tokens.scopesForMe());
        scope.setItemLabelGenerator(TokenScope::code);
        scope.setValue(TokenScope.READ);
        expiry.setValue(tokens.defaultExpiry());
        expiry.setMax(tokens.latestExpiry());
        expiry.setMin(tokens.defaultExpiry().minusDays(ApiTokenService.DEFAULT_DAYS));
        expiry.setHelperText("At most one year from today");
        notes.setMaxLength(ApiToken.NOTES_MAX_LENGTH);
        var form = new FormLayout(name, scope, expiry, notes);
        form.setColspan(notes, 2);
        add(form);
        var create = new Button("Create token", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private void create() {
        name.setInvalid(false);
        expiry.setInvalid(false);
        try {
            var created = tokens.create(
                    name.getValue(),
                    scope.getValue() == null ? TokenScope.READ : scope.getValue(),
                    expiry.getValue(),
                    notes.getValue());
            showOnce(created);
            onCreated.accept(created);
        } catch (ValidationException e) {
            switch (e.getField()) {
                case "expiresOn" -> {
                    expiry.setErrorMessage(e.getMessage());
                    expiry.setInvalid(true);
                }
                case "scope" -> {
                    scope.setErrorMessage(e.getMessage());
                    scope.setInvalid(true);
                }
                default -> {
                    name.setErrorMessage(e.getMessage());
                    name.setInvalid(true);
                }
            }
        }
    }

    private void showOnce(CreatedToken created) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Token " + created.info().name() + " created");
        tokenField.setValue(created.token());
        tokenField.setReadOnly(true);
        tokenField.setWidthFull();
        tokenField.setHelperText("Select the text and copy it (Ctrl+C) into your tool.");
        var warning = new Paragraph("Copy this token now: it will not be shown again. Send it as the header "
                + "\"Authorization: Bearer <token>\".");
        warning.addClassName("token-warning");
        add(warning, tokenField);
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        tokenField.focus();
    }
}
