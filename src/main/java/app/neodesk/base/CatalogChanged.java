package app.neodesk.base;

/**
 * Products, sources, their aliases or their specification (unit) changes were written. The catalog
 * services publish {@link #HERE} as a Spring application event inside the writing transaction;
 * the catalog cache is cleared once it commits, and on PostgreSQL the live bridge tells the other
 * nodes, which publish {@link #ELSEWHERE} on their side (also after a lost connection, when
 * notifications may have been missed). Lives in {@code base} so that {@code live} needs no
 * {@code catalog} type.
 *
 * @param fromOtherNode whether another app node (or a reconnect) reported it: not sent on again
 */
public record CatalogChanged(boolean fromOtherNode) {

    /** Written on this node, in the current transaction. */
    public static final CatalogChanged HERE = new CatalogChanged(false);

    /** Written on another node, or possibly missed while this node was not listening. */
    public static final CatalogChanged ELSEWHERE = new CatalogChanged(true);
}
