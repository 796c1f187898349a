package app.neodesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every alias row has: the name as typed, its normalised key (unique across the
 * owners of one table) and its place in the owner's list. {@link ProductAlias} and
 * {@link SourceAlias} add their own id and owner.
 */
@MappedSuperclass
abstract class AliasEntry {

    @Column(name = "alias_name", nullable = false, length = Aliases.MAX_LENGTH)
    private String name = "";

    @Column(name = "alias_key", nullable = false, length = 400)
    private String aliasKey = "";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AliasEntry() {}

    AliasEntry(String name, int sortOrder) {
        this.name = name;
        this.aliasKey = NameIndex.normalise(name);
        this.sortOrder = sortOrder;
    }
}
