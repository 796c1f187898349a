package app.neodesk.catalog;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    List<Source> findAllByOrderByCode();

    @Query("""
            select s from Source s
            where :text is null or lower(s.code) like :text or lower(s.name) like :text
            order by s.code
            """)
    Slice<Source> search(@Param("text") @Nullable String text, Pageable pageable);
}
