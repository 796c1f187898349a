package app.neodesk.quote;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteRevisionRepository extends JpaRepository<QuoteRevision, Long> {

    List<QuoteRevision> findByQuoteIdOrderByRevisionNoDesc(long quoteId);
}
