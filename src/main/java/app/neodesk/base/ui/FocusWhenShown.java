package app.neodesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Focuses a field also right after the page loads. On a page load Flow runs scripts while the view
 * still sits in its bootstrap container, which stays {@code display: none} until the navigation
 * completes, and a hidden field cannot take focus ({@code autofocus} fails the same way). So a
 * field not shown yet is focused once it gets a size, unless the user has put the focus somewhere
 * else by then.
 */
public final class FocusWhenShown {

    private FocusWhenShown() {}

    /** Focuses {@code field} (a Vaadin field or any focusable element) once it is shown. */
    public static void focus(Component field) {
        field.getElement().executeJs(SCRIPT, "");
    }

    /**
     * Focuses the first element under {@code host} that matches {@code selector} once it is shown,
     * for fields a web component renders itself (the sign-in form's user name).
     */
    public static void focus(Component host, String selector) {
        host.getElement().executeJs(SCRIPT, selector);
    }

    private static final String SCRIPT = """
            const host = this;
            const selector = $0;
            const ready = (el) => customElements.whenDefined(el.localName).then(() => el.updateComplete);
            const find = () => selector ? host.querySelector(selector) : host;
            const focusWhenShown = (field) => {
              if (field.getClientRects().length > 0) { field.focus(); return; }
              const shown = new ResizeObserver(() => {
                if (field.getClientRects().length === 0) return;
                shown.disconnect();
                const active = document.activeElement;
                if (!active || active === document.body) field.focus();
              });
              shown.observe(field);
            };
            ready(host).then(() => {
              const field = find();
              if (field) { focusWhenShown(field); return; }
              // the host renders its fields after its first update
              const appeared = new MutationObserver(() => {
                const later = find();
                if (!later) return;
                appeared.disconnect();
                focusWhenShown(later);
              });
              appeared.observe(host, { childList: true, subtree: true });
            });""";
}
