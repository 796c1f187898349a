package app.neodesk.quote;

/** Told how far an import is; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {};

    void update(String phase, long done, long total);
}
