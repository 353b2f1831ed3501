package humeur.app.store;

/**
 * One chat imported in one transaction.
 *
 * @param reading what was read from the export
 * @param added   how many of the messages read were new to the database; the others were already there
 */
public record ImportResult(ChatReading reading, long added) {

    /** Messages read that the database already held, from an earlier import of this or an overlapping export. */
    public long alreadyThere() {
        return reading.tally().total() - added;
    }
}
