package humeur.corpora.labelled;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Streams the records of a labelled set in file order: call {@link #read()} until it returns {@code null}. */
public interface LabelledReader extends Closeable {

    /** The next record, or {@code null} at the end; a bad row throws a {@link humeur.corpora.CorpusException} naming it. */
    LabelledText read() throws IOException;

    /** Reads every remaining record and closes the reader; the sets are small enough to hold. */
    default List<LabelledText> readAll() throws IOException {
        List<LabelledText> all = new ArrayList<>();
        try (this) {
            for (LabelledText record; (record = read()) != null; ) {
                all.add(record);
            }
        }
        return all;
    }
}
