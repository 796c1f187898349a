package app.neodesk.driver;

import app.neodesk.base.SearchText;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The {@code where} clause of a driver read, as JPQL over {@code DriverAnnotation a}, with its
 * parameters. {@link #visibleTo(Viewer)} is the access rule and the only way to start one, so every
 * read of {@link DriverService} includes it.
 * <p>
 * Why text and not the Criteria API: Hibernate caches the translation of a query string, so the
 * same read from another user or with other values is translated once. A criteria query is
 * translated again on every call; under load that was 3–6% of the server's CPU for the driver
 * reads alone. The text is made only of the fixed fragments below, never of user input: every value is a
 * parameter, and a collection of values one parameter each ({@link #andIn}). Collections of the
 * annotation are matched with {@code exists} subqueries, so rows never repeat, and a part whose value
 * is missing is left out rather than bound to null (PostgreSQL cannot type a null parameter).
 */
final class DriverQuery {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private DriverQuery() {}

    /**
     * Everyone-annotations, the viewer's own annotations, and team annotations shared with one of the
     * viewer's teams. Admins also read every team annotation (they manage teams and moderate team
     * content) but never another user's private annotation.
     */
    static DriverQuery visibleTo(Viewer viewer) {
        var q = new DriverQuery();
        q.where.append("(a.visibility = :everyone or a.author.username = :me");
        q.parameters.put("everyone", Visibility.EVERYONE);
        q.parameters.put("me", viewer.username());
        q.parameters.put("team", Visibility.TEAM);
        if (viewer.admin()) {
            q.where.append(" or a.visibility = :team)");
        } else {
            q.where.append(" or (a.visibility = :team and exists (select s.id from DriverAnnotation s join s.teams t,"
                    + " AppUser u join u.teams m where s.id = a.id and u.username = :me and m.id = t.id)))");
        }
        return q;
    }

    /** Adds the list filters. */
    DriverQuery matching(DriverFilter filter) {
        if (filter.category() != null) {
            and("a.category = :category", "category", filter.category());
        }
        if (filter.direction() != null) {
            and("a.direction = :direction", "direction", filter.direction());
        }
        if (filter.visibility() != null) {
            and("a.visibility = :visibility", "visibility", filter.visibility());
        }
        if (filter.productCode() != null && !filter.productCode().isBlank()) {
            and(
                    "exists (select s.id from DriverAnnotation s join s.products p where s.id = a.id and p.code = :product)",
                    "product",
                    filter.productCode().strip());
        }
        var tag = filter.tag() == null ? "" : DriverAnnotation.normaliseTag(filter.tag());
        if (!tag.isEmpty()) {
            and(
                    "exists (select s.id from DriverAnnotation s join s.tags g where s.id = a.id and g = :tag)",
                    "tag",
                    tag);
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            and("a.author.username = :author", "author", filter.author().strip());
        }
        overlapping(filter.from(), filter.to());
        var text = SearchText.containsPattern(filter.text());
        if (text != null) {
            and("(lower(a.title) like :text or lower(a.body) like :text)", "text", text);
        }
        return this;
    }

    /** Adds: the annotation's date, or date range, overlaps {@code [from, to]}; open ends are unbounded. */
    DriverQuery overlapping(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null) {
            and("coalesce(a.endDate, a.startDate) >= :from", "from", from);
        }
        if (to != null) {
            and("a.startDate <= :to", "to", to);
        }
        return this;
    }

    /** Adds a condition with one parameter, named {@code :name} in the condition. */
    DriverQuery and(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        bindOnce(name, value);
        return this;
    }

    /**
     * Adds {@code path in (:name0, :name1, …)}, one parameter per value. Not one parameter bound to
     * the collection: Hibernate does not cache the translation of a query with a collection bound to
     * a parameter, so it would translate such a query again on every call.
     */
    DriverQuery andIn(String path, String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values for :" + name);
        }
        var list = new StringJoiner(", ", " and " + path + " in (", ")");
        int i = 0;
        for (var value : values) {
            var each = name + i++;
            list.add(":" + each);
            bindOnce(each, value);
        }
        where.append(list);
        return this;
    }

    private void bindOnce(String name, Object value) {
        if (parameters.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException("parameter :" + name + " is already bound");
        }
    }

    /** The conditions, to follow {@code where}. */
    String where() {
        return where.toString();
    }

    /** Binds the parameters of the conditions to a query made from {@link #where()}. */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
