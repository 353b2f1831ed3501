package humeur.ingest;

/** The order of day and month in a WhatsApp export's dates, which the export itself does not state. */
public enum DateOrder {
    /** Infer it from all the dates of the file. */
    AUTO,
    DAY_FIRST,
    MONTH_FIRST
}
