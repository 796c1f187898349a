package app.neodesk.quote;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Entity access to single quotes; the history and bulk work is in {@link QuoteJdbc}. */
interface QuoteRepository extends JpaRepository<Quote, Long> {

    @Query("""
            select q from Quote q
            where q.product.id = :productId and q.source.id = :sourceId and q.quoteDate = :date
              and q.deletedId = 0
            """)
    Optional<Quote> findLive(
            @Param("productId") long productId, @Param("sourceId") long sourceId, @Param("date") LocalDate date);
}
