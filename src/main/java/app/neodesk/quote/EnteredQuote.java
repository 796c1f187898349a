package app.neodesk.quote;

/** What {@link QuoteService#enterAll} did with one draft: the stored quote and whether this call stored it. */
public record EnteredQuote(QuoteRow quote, boolean changed) {}
