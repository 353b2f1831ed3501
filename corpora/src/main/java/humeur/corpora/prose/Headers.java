package humeur.corpora.prose;

/**
 * Recognises the header lines that start each document in the shared prose files: {@code # FRA00101_Adam.xml}
 * (ELTeC), {@code # About_OreilleCassee-rd0730.txt} (CLiGS), {@code ### aptitude-doc-fr} (Debian docs). A header is
 * {@code #} or {@code ###}, one space and one word; other lines starting with {@code #} are text
 * ({@code # apt-get update} in a manual, {@code #514930} a bug number).
 */
final class Headers {
    private Headers() {
    }

    /** The document name a header line gives, or null when {@code line} is not a header. */
    static String name(String text) {
        String line = text.stripTrailing();
        int marks = line.startsWith("### ") ? 3 : line.startsWith("# ") ? 1 : 0;
        if (marks == 0 || line.length() == marks + 1) {
            return null;
        }
        for (int i = marks + 1; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return null;
            }
        }
        return line.substring(marks + 1);
    }
}
