package app.neodesk.webhook.ui;

import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.NarrowColumns;
import app.neodesk.base.ui.Notifications;
import app.neodesk.webhook.DeliveryStatus;
import app.neodesk.webhook.WebhookService;
import app.neodesk.webhook.WebhookService.DeliveryRow;
import app.neodesk.webhook.WebhookService.WebhookSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Webhook endpoints (add, enable/disable, rotate the secret, delete) and their recent deliveries.
 * A new or rotated secret is shown once, in a dialog. On a phone the form's fields shrink to the
 * screen; at or below {@value #TABLET} px the endpoints' description and failure count fold
 * ({@link NarrowColumns}), so that the actions are on screen on a tablet.
 */
@Route("admin/webhooks")
@PageTitle("Webhooks · Neodesk")
@Menu(order = 106, icon = "vaadin:connect", title = "Webhooks")
@RolesAllowed("ADMIN")
public class WebhooksView extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int RECENT = 200;
    /** At or below this window width (CSS px) the less important endpoint columns fold. */
    static final int TABLET = 1100;

    private final WebhookService webhooks;
    final TextField url = new TextField("Endpoint URL");
    final TextField description = new TextField("Description");
    final Button add = new Button("Add webhook");
    final Grid<WebhookSummary> endpoints = new Grid<>();
    final Grid<DeliveryRow> deliveries = new Grid<>();
    /** The dialog that shows a secret once; open after an add or a rotation. */
    @Nullable
    SecretDialog secretDialog;

    public WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        setSizeFull();
        url.setPlaceholder("https://example.com/hooks/neodesk");
        url.setHelperText("HTTPS only. Every committed quote write is POSTed here, signed with the secret.");
        url.setWidth("32em");
        url.setMaxWidth("100%");
        url.setMaxLength(2000);
        description.setWidth("20em");
        description.setMaxWidth("100%");
        description.setMaxLength(500);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        var form = new HorizontalLayout(url, description, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull();

        endpoints.addColumn(WebhookSummary::url).setHeader("URL").setFlexGrow(3);
        var describedAs = endpoints
                .addColumn(w -> w.description() == null ? "" : w.description())
                .setHeader("Description")
                .setFlexGrow(2);
        endpoints
                .addColumn(w -> w.active() ? "Active" : "Disabled")
                .setHeader("State")
                .setAutoWidth(true);
        endpoints
                .addColumn(w -> status(w.lastStatus(), w.lastStatusCode()))
                .setHeader("Last delivery")
                .setAutoWidth(true);
        var failures = endpoints
                .addColumn(WebhookSummary::failureCount)
                .setHeader("Failures")
                .setAutoWidth(true);
        endpoints
                .addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        NarrowColumns.hideBelow(endpoints, TABLET, describedAs, failures);
        endpoints.setAllRowsVisible(true);
        endpoints.setAriaLabel("Webhook endpoints");

        deliveries.addColumn(d -> time(d.createdAt())).setHeader("Created").setAutoWidth(true);
        deliveries.addColumn(DeliveryRow::webhookUrl).setHeader("Endpoint").setFlexGrow(2);
        deliveries.addColumn(DeliveryRow::eventType).setHeader("Event").setAutoWidth(true);
        deliveries.addColumn(d -> d.status().code()).setHeader("Status").setAutoWidth(true);
        deliveries.addColumn(DeliveryRow::attempts).setHeader("Attempts").setAutoWidth(true);
        deliveries
                .addColumn(d ->
                        d.lastStatusCode() == null ? "" : d.lastStatusCode().toString())
                .setHeader("Code")
                .setAutoWidth(true);
        deliveries
                .addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader("Last error")
                .setFlexGrow(2);
        deliveries
                .addColumn(d -> d.status() == DeliveryStatus.PENDING ? time(d.nextAttemptAt()) : "")
                .setHeader("Next attempt")
                .setAutoWidth(true);
        deliveries.setAriaLabel("Recent deliveries");

        var refresh = new Button("Refresh", e -> refresh());
        add(
                Headings.viewTitle("Webhooks"),
                form,
                Headings.section("Endpoints"),
                endpoints,
                new HorizontalLayout(Headings.section("Recent deliveries"), refresh),
                deliveries);
        setFlexGrow(1, deliveries);
        refresh();
    }

    void refresh() {
        endpoints.setItems(webhooks.list());
        deliveries.setItems(webhooks.recentDeliveries(RECENT));
    }

    void add() {
        url.setInvalid(false);
        description.setInvalid(false);
        try {
            var registered = webhooks.register(url.getValue(), description.getValue());
            url.clear();
            description.clear();
            refresh();
            showSecret("Webhook added", registered.url(), registered.secret());
        } catch (ValidationException e) {
            var field = "description".equals(e.getField()) ? description : url;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private HorizontalLayout actions(WebhookSummary w) {
        var toggle = new Button(
                w.active() ? "Disable" : "Enable",
                e -> run(
                        () -> webhooks.setActive(w.id(), !w.active()),
                        w.active() ? "Webhook disabled" : "Webhook enabled"));
        var rotate = new Button(
                "Rotate secret",
                e -> confirm(
                        "Rotate the secret?",
                        "The old secret stops signing at once; update the receiver with the new one.",
                        "Rotate",
                        () -> showSecret("New secret", w.url(), webhooks.rotateSecret(w.id()))));
        var show =
                new Button("Show secret", e -> run(() -> showSecret("Secret", w.url(), webhooks.secret(w.id())), null));
        var delete = new Button("Delete", e -> confirmDelete(w));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var b : new Button[] {toggle, rotate, show, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-label", b.getText() + " " + w.url());
        }
        return new HorizontalLayout(toggle, rotate, show, delete);
    }

    void confirmDelete(WebhookSummary w) {
        confirm(
                "Delete this webhook?",
                w.url() + " will receive no more quotes, and its delivery log is removed.",
                "Delete",
                () -> webhooks.delete(w.id()));
    }

    private void confirm(String header, String text, String action, Runnable work) {
        var dialog = new ConfirmDialog(header, text, action, e -> run(work, null), "Cancel", e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void run(Runnable work, @Nullable String done) {
        try {
            work.run();
            if (done != null) {
                Notifications.success(done);
            }
        } catch (NotFoundException e) {
            Notifications.error("This webhook no longer exists");
        }
        refresh();
    }

    private void showSecret(String header, String endpoint, String secret) {
        secretDialog = new SecretDialog(header, endpoint, secret);
        secretDialog.open();
    }

    /** Shows a secret with a copy hint; closing it forgets the secret in the UI. */
    static final class SecretDialog extends Dialog {
        final TextField secret = new TextField("Signing secret");

        SecretDialog(String header, String endpoint, String value) {
            setHeaderTitle(header);
            secret.setValue(value);
            secret.setReadOnly(true);
            secret.setWidthFull();
            add(
                    new Paragraph(
                            "Copy the secret for " + endpoint + " now and store it with the receiver: it checks the "
                                    + "X-Neodesk-Signature header with it (see docs/WEBHOOKS.md)."),
                    secret);
            var close = new Button("Done", e -> close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
            setWidth("40em");
            addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    secret.clear();
                }
            });
        }
    }

    private static String status(@Nullable DeliveryStatus status, @Nullable Integer code) {
        if (status == null) {
            return "none yet";
        }
        return code == null ? status.code() : status.code() + " (" + code + ")";
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
