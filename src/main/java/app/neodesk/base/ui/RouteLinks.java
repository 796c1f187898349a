package app.neodesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/**
 * Links to our own views by class, for an {@code Anchor}'s href: the path comes from the view's
 * {@code @Route}, so a moved route cannot leave a link behind. Inside a request only (it asks
 * the running Vaadin service).
 */
public final class RouteLinks {

    /**
     * The import wizard's path ({@code intake.ui.ImportWizardView} declares its route with it). The
     * history view links there by this name rather than by the class, because intake depends on
     * quote and a class reference would make the two features a cycle.
     */
    public static final String QUOTE_IMPORT = "quotes/import";

    private RouteLinks() {}

    /** The view's path, e.g. {@code drivers}. */
    public static String url(Class<? extends Component> view) {
        return RouteConfiguration.forApplicationScope().getUrl(view);
    }

    /** The view's path with its route parameters filled in, e.g. {@code drivers/42}. */
    public static String url(Class<? extends Component> view, RouteParameters parameters) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }

    /** The view's path and the query, e.g. {@code drivers?tag=market-note}; no {@code ?} for an empty query. */
    public static String url(Class<? extends Component> view, QueryParameters query) {
        return withQuery(url(view), query.getQueryString());
    }

    /** The view's path and a query string built elsewhere (already encoded), which keeps its order. */
    public static String url(Class<? extends Component> view, String queryString) {
        return withQuery(url(view), queryString);
    }

    private static String withQuery(String path, String queryString) {
        return queryString.isEmpty() ? path : path + "?" + queryString;
    }
}
