package humeur.lm.data;

import java.util.List;

/** Documents of token ids, by number: in memory, or in a token file. */
interface DocumentSource {
    int count();

    int length(int document);

    /** Copies ids {@code [skip, skip + length)} of a document into {@code into[offset...]}. */
    void copy(int document, int skip, int[] into, int offset, int length);

    static DocumentSource of(List<int[]> documents) {
        return new DocumentSource() {
            @Override
            public int count() {
                return documents.size();
            }

            @Override
            public int length(int document) {
                return documents.get(document).length;
            }

            @Override
            public void copy(int document, int skip, int[] into, int offset, int length) {
                System.arraycopy(documents.get(document), skip, into, offset, length);
            }
        };
    }

    static DocumentSource of(TokenFile file) {
        if (file.documentCount() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(file.path() + ": too many documents for classifier batches");
        }
        return new DocumentSource() {
            @Override
            public int count() {
                return (int) file.documentCount();
            }

            @Override
            public int length(int document) {
                // a longer document is cut to its tail anyway
                return (int) Math.min(Integer.MAX_VALUE, file.documentEnd(document) - file.documentStart(document));
            }

            @Override
            public void copy(int document, int skip, int[] into, int offset, int length) {
                file.read(file.documentStart(document) + skip, into, offset, length);
            }
        };
    }
}
