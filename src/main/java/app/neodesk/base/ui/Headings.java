package app.neodesk.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;

/**
 * The headings of a view: one {@code h1}, its title, and {@code h2}s for its sections (axe's
 * {@code page-has-heading-one} and {@code heading-order}). They keep the sizes of the h2 titles and
 * h3 sections the views had before ({@code .view-title} and {@code .view-section} in styles.css).
 */
public final class Headings {

    private Headings() {}

    /** The view's title, its only {@code h1}. */
    public static H1 viewTitle(String text) {
        var title = new H1(text);
        title.addClassName("view-title");
        return title;
    }

    /** A section of the view, under its title. */
    public static H2 section(String text) {
        var section = new H2(text);
        section.addClassName("view-section");
        return section;
    }
}
