package app.neodesk.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SourceAliasRepository extends JpaRepository<SourceAlias, Long> {

    @Query("select a.name from SourceAlias a where a.sourceId = :sourceId order by a.sortOrder")
    List<String> namesOf(long sourceId);

    /** The owners of aliases with these normalised keys. */
    @Query("select new app.neodesk.catalog.AliasOwner(a.aliasKey, x.id, x.code) from SourceAlias a, Source x"
            + " where x.id = a.sourceId and a.aliasKey in :keys")
    List<AliasOwner> ownersOf(Collection<String> keys);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from SourceAlias a where a.sourceId = :sourceId")
    int deleteOf(long sourceId);

    /** Every source with each of its aliases (a source without aliases once, with a null alias). */
    @Query("select s, a.name from Source s left join SourceAlias a on a.sourceId = s.id order by s.code, a.sortOrder")
    List<Object[]> sourcesWithAliases();

    @Query("select s from Source s where s.id in (select a.sourceId from SourceAlias a where a.aliasKey = :key)")
    List<Source> sourcesWithAliasKey(String key);
}
