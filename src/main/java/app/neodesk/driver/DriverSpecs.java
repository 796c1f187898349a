package app.neodesk.driver;

import app.neodesk.base.SearchText;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query predicates of the driver feature. {@link #visibleTo(Viewer)} is the access rule; every
 * read of {@link DriverService} includes it. Collections are matched with {@code exists}
 * subqueries, so rows never repeat and no parameter is ever a null literal (PostgreSQL cannot type
 * those).
 */
final class DriverSpecs {

    private DriverSpecs() {}

    /**
     * Everyone-annotations, the viewer's own annotations, and team annotations shared with one of
     * the viewer's teams. Admins also read every team annotation (they manage teams and moderate
     * team content) but never another user's private annotation.
     */
    static Specification<DriverAnnotation> visibleTo(Viewer viewer) {
        return (root, query, cb) -> visiblePredicate(viewer, root, query, cb);
    }

    static Predicate visiblePredicate(
            Viewer viewer, Root<DriverAnnotation> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
        var visibility = root.<Visibility>get("visibility");
        List<Predicate> anyOf = new ArrayList<>();
        anyOf.add(cb.equal(visibility, Visibility.EVERYONE));
        if (viewer.userId() != null) {
            anyOf.add(cb.equal(root.get("author").get("id"), viewer.userId()));
        }
        if (viewer.admin()) {
            anyOf.add(cb.equal(visibility, Visibility.TEAM));
        } else if (!viewer.teamIds().isEmpty()) {
            var shared = query.subquery(Long.class);
            var d = shared.from(DriverAnnotation.class);
            var team = d.join("teams");
            shared.select(d.<Long>get("id"))
                    .where(cb.equal(d.get("id"), root.get("id")), team.get("id").in(viewer.teamIds()));
            anyOf.add(cb.and(cb.equal(visibility, Visibility.TEAM), cb.exists(shared)));
        }
        return cb.or(anyOf.toArray(Predicate[]::new));
    }

    /** The list filters; visibility is added separately. */
    static Specification<DriverAnnotation> matching(DriverFilter filter) {
        Specification<DriverAnnotation> spec = (root, query, cb) -> cb.conjunction();
        if (filter.category() != null) {
            var category = filter.category();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), category));
        }
        if (filter.direction() != null) {
            var direction = filter.direction();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("direction"), direction));
        }
        if (filter.visibility() != null) {
            var visibility = filter.visibility();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("visibility"), visibility));
        }
        if (filter.productCode() != null && !filter.productCode().isBlank()) {
            var code = filter.productCode().strip();
            spec = spec.and((root, query, cb) -> {
                var sub = query.subquery(Long.class);
                var d = sub.from(DriverAnnotation.class);
                var product = d.join("products");
                sub.select(d.<Long>get("id"))
                        .where(cb.equal(d.get("id"), root.get("id")), cb.equal(product.get("code"), code));
                return cb.exists(sub);
            });
        }
        if (filter.tag() != null && !DriverAnnotation.normaliseTag(filter.tag()).isEmpty()) {
            var tag = DriverAnnotation.normaliseTag(filter.tag());
            spec = spec.and((root, query, cb) -> {
                var sub = query.subquery(Long.class);
                var d = sub.from(DriverAnnotation.class);
                Join<DriverAnnotation, String> tags = d.join("tags");
                sub.select(d.<Long>get("id")).where(cb.equal(d.get("id"), root.get("id")), cb.equal(tags, tag));
                return cb.exists(sub);
            });
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            var author = filter.author().strip();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("author").get("username"), author));
        }
        spec = spec.and(overlapping(filter.from(), filter.to()));
        var text = SearchText.containsPattern(filter.text());
        if (text != null) {
            spec = spec.and((root, query, cb) ->
                    cb.or(cb.like(cb.lower(root.get("title")), text), cb.like(cb.lower(root.get("body")), text)));
        }
        return spec;
    }

    /** Annotations whose date, or date range, overlaps {@code [from, to]}; open ends are unbounded. */
    static Specification<DriverAnnotation> overlapping(@Nullable LocalDate from, @Nullable LocalDate to) {
        Specification<DriverAnnotation> spec = (root, query, cb) -> cb.conjunction();
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(
                    cb.coalesce(root.<LocalDate>get("endDate"), root.<LocalDate>get("startDate")), from));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.<LocalDate>get("startDate"), to));
        }
        return spec;
    }
}
