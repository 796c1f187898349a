package app.neodesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Another name of a source (English or Chinese, a vendor's spelling). Its normalised key is unique
 * across all sources. Rows are replaced as a whole list by {@link SourceService#setAliases}.
 */
@Entity
@Table(name = "source_alias")
class SourceAlias extends AliasEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_alias_seq")
    @SequenceGenerator(name = "source_alias_seq", sequenceName = "source_alias_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    protected SourceAlias() {}

    SourceAlias(long sourceId, String name, int sortOrder) {
        super(name, sortOrder);
        this.sourceId = sourceId;
    }
}
