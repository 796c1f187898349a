package app.neodesk.quote;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface QuoteRevisionRepository extends JpaRepository<QuoteRevision, Long> {

    List<QuoteRevision> findByQuoteIdOrderByRevisionNoDesc(long quoteId);
}
