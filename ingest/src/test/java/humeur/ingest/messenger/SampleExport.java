package humeur.ingest.messenger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static humeur.ingest.messenger.FacebookJson.fb;
import static humeur.ingest.messenger.FacebookJson.message;
import static humeur.ingest.messenger.FacebookJson.text;
import static humeur.ingest.messenger.FacebookJson.thread;
import static humeur.ingest.messenger.FacebookJson.write;

/** A realistic small export, written as Facebook writes it: a French group thread in three parts, newest first. */
final class SampleExport {
    /** 2024-03-30T21:00:00Z: 22:00 in Paris. */
    static final long T0 = 1_711_832_400_000L;
    static final String TITLE = "Les copains 🎉";
    static final List<String> PEOPLE = List.of("Amélie Durand", "Noé Martin");
    static final String THREAD = "lescopains_7104285961234";

    private SampleExport() {
    }

    /** The thread's messages, oldest first (as they will be read back), 13 of them plus one empty. */
    static List<String> messagesOldestFirst() {
        String photos = "messages/inbox/" + THREAD + "/photos/";
        return List.of(
                text("Amélie Durand", T0, "Salut Noé ! Ça va ?"),
                message("Noé Martin", T0 + 60_000, "\"content\": " + fb("ça va, et toi ? 😊") + ", \"reactions\": "
                        + "[{\"reaction\": " + fb("❤") + ", \"actor\": " + fb("Amélie Durand") + "}]"),
                message("Amélie Durand", T0 + 120_000, "\"content\": " + fb("Regarde ça 😍") + ", \"photos\": [{\"uri\": \""
                        + photos + "434343_1029384756_n.jpg\", \"creation_timestamp\": 1711832520}]"),
                message("Noé Martin", T0 + 180_000, "\"content\": " + fb("Noé Martin a envoyé une pièce jointe.")
                        + ", \"files\": [{\"uri\": \"messages/inbox/" + THREAD + "/files/devis.pdf\"}]"),
                text("Amélie Durand", T0 + 240_000, "A réagi 😂 à votre message"),
                text("Noé Martin", T0 + 300_000, "Noé Martin a ajouté Zoé Petit au groupe."),
                message("Noé Martin", T0 + 360_000, "\"content\": " + fb("Vous avez appelé Amélie.")
                        + ", \"type\": \"Call\", \"call_duration\": 65"),
                message("Amélie Durand", T0 + 420_000, "\"is_unsent\": true"),
                text("Facebook user", T0 + 480_000, "qui suis-je ?"),
                message("Amélie Durand", T0 + 540_000, "\"content\": \"https://www.lemonde.fr/article\", \"type\": \"Share\","
                        + " \"share\": {\"link\": \"https://www.lemonde.fr/article\"}"),
                text("Noé Martin", T0 + 600_000, "Noé Martin a envoyé une position."),
                message("Amélie Durand", T0 + 660_000, "\"type\": \"Generic\""),
                message("Noé Martin", T0 + 720_000, "\"sticker\": {\"uri\": \"messages/stickers_used/39178562_n.png\"}"),
                text("Amélie Durand", T0 + 780_000, "L’appel vidéo est terminé."),
                text("Noé Martin", T0 + 780_000, "même instant, après"));
    }

    /** Writes the thread in {@code folder} as message_1.json (newest) … message_3.json (oldest). */
    static Path writeThread(Path folder) throws IOException {
        List<String> newestFirst = new ArrayList<>(messagesOldestFirst());
        Collections.reverse(newestFirst);
        for (int part = 1; part <= 3; part++) {
            List<String> slice = newestFirst.subList((part - 1) * 5, part * 5);
            write(folder, "message_" + part + ".json", thread(TITLE, PEOPLE, slice));
        }
        return folder;
    }

    /** A whole export: this thread in inbox, a one-part thread in archived_threads, media and other JSON around. */
    static Path writeExport(Path root) throws IOException {
        Path messages = root.resolve("your_facebook_activity/messages");
        writeThread(messages.resolve("inbox/" + THREAD));
        Path photo = messages.resolve("inbox/" + THREAD + "/photos/434343_1029384756_n.jpg");
        Files.createDirectories(photo.getParent());
        Files.write(photo, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        write(messages.resolve("archived_threads/bobdupont_998877"), "message_1.json", thread("Bob Dupont",
                List.of("Bob Dupont", "Noé Martin"), List.of(text("Bob Dupont", T0 - 86_400_000, "À demain, bisous"),
                        text("Noé Martin", T0 - 90_000_000, "Tu viens à la fête ?"))));
        write(messages, "autofill_information.json", "{\"autofill_information_v2\": {\"PHONE\": []}}");
        write(root.resolve("your_facebook_activity/posts"), "your_posts_1.json", "[{\"timestamp\": 1}]");
        return root;
    }

    /** Zips a folder as a phone or a desktop would, entry names under {@code top/}. */
    static Path zip(Path folder, Path zipFile, String top) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(top + "/" + folder.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return zipFile;
    }
}
