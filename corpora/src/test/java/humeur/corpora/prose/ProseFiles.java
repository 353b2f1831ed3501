package humeur.corpora.prose;

import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes prose files for tests and reads corpora back whole. */
final class ProseFiles {
    private ProseFiles() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes}, gzipped when {@code name} ends in {@code .gz}. */
    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static List<Paragraph> readAll(ParagraphReader reader) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        try (reader) {
            for (Paragraph p; (p = reader.read()) != null; ) {
                out.add(p);
            }
        }
        return out;
    }

    static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }
}
