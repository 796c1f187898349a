package app.neodesk.quote;

/**
 * How an import treats problems.
 *
 * @param validRowsOnly      import every row without a problem and skip the others (their problems
 *                           are reported); otherwise any problem stores nothing (all or nothing)
 * @param fixMidOutsideRange a mid outside low–high is stored as (low + high) / 2, and the row's
 *                           comment and a warning say so; otherwise it is a problem
 * @param scaleConfirmed     the user confirmed rows the scale guard flags (a price far from the
 *                           product's stored level): they are imported, with a warning each, and
 *                           the audit entry counts them; otherwise they are problems
 */
public record ImportOptions(boolean validRowsOnly, boolean fixMidOutsideRange, boolean scaleConfirmed) {

    /** All or nothing, nothing fixed, nothing confirmed: the default. */
    public static final ImportOptions STRICT = new ImportOptions(false, false, false);

    public ImportOptions withValidRowsOnly(boolean on) {
        return new ImportOptions(on, fixMidOutsideRange, scaleConfirmed);
    }

    public ImportOptions withFixMidOutsideRange(boolean on) {
        return new ImportOptions(validRowsOnly, on, scaleConfirmed);
    }

    public ImportOptions withScaleConfirmed(boolean on) {
        return new ImportOptions(validRowsOnly, fixMidOutsideRange, on);
    }
}
