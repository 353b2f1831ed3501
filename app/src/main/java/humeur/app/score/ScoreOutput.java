package humeur.app.score;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where scored texts are written, a batch at a time: a batch is formatted in memory and written in one piece, so
 * that an interrupted run leaves whole records only.
 */
public interface ScoreOutput extends Closeable {

    /** Formats one record into the current batch. */
    void add(ScoredText scored) throws IOException;

    /** Writes the current batch to the destination and flushes it. */
    void endBatch() throws IOException;
}
