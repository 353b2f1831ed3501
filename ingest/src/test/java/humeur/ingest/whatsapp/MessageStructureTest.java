package humeur.ingest.whatsapp;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authors, multi-line bodies, kinds and invisible characters, in Android and iOS exports. */
class MessageStructureTest {
    @TempDir
    Path dir;

    @Test
    void androidFrenchGroup() throws Exception {
        String chat = """
                26/09/2019 à 22:39 - Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter. Appuyez pour en savoir plus.
                26/09/2019 à 22:39 - Natan a créé le groupe "Coloc: le retour"
                26/09/2019 à 22:40 - Natan a modifié le sujet de "Coloc" en "Coloc: le retour"
                26/09/2019 à 22:41 - Natan: Salut :)
                la liste :
                - pain

                - lait
                26/09/2019 à 22:42 - Jean-Baptiste: <Médias omis>
                26/09/2019 à 22:43 - ~ Léa: IMG-20190926-WA0003.jpg (fichier joint)
                regardez ça 😍
                26/09/2019 à 22:44 - Natan: Ce message a été supprimé
                26/09/2019 à 22:45 - Natan: Vous avez supprimé ce message.
                26/09/2019 à 22:46 - Dr. Who: Time: c'est relatif <Ce message a été modifié>
                26/09/2019 à 22:47 - +33 6 12 34 56 78: Localisation : https://maps.google.com/?q=48.85,2.35
                26/09/2019 à 22:48 - Natan: Localisation en direct partagée
                26/09/2019 à 22:49 - Natan:
                26/09/2019 à 22:50 - Léa a quitté
                """;
        List<Message> m = ChatFiles.read(dir, chat).messages();
        assertEquals(13, m.size());
        assertEquals(MessageKind.EVENT, m.get(0).kind());
        assertNull(m.get(0).author());
        assertEquals(MessageKind.EVENT, m.get(1).kind());
        assertEquals(MessageKind.EVENT, m.get(2).kind(), "an event whose quoted subject holds ': '");
        assertEquals("Natan a modifié le sujet de \"Coloc\" en \"Coloc: le retour\"", m.get(2).text());

        assertEquals("Natan", m.get(3).author());
        assertEquals("Salut :)\nla liste :\n- pain\n\n- lait", m.get(3).text());
        assertEquals(MessageKind.TEXT, m.get(3).kind());
        assertEquals(4, m.get(3).line());

        assertEquals("Jean-Baptiste", m.get(4).author());
        assertEquals(MessageKind.MEDIA, m.get(4).kind());
        assertNull(m.get(4).media());

        assertEquals("Léa", m.get(5).author());
        assertTrue(m.get(5).outsideContacts());
        assertEquals(MessageKind.MEDIA, m.get(5).kind());
        assertEquals("IMG-20190926-WA0003.jpg", m.get(5).media());
        assertEquals("regardez ça 😍", m.get(5).caption());
        assertEquals("regardez ça 😍", m.get(5).words());

        assertEquals(MessageKind.DELETED, m.get(6).kind());
        assertEquals(MessageKind.DELETED, m.get(7).kind());

        assertEquals("Dr. Who", m.get(8).author());
        assertEquals("Time: c'est relatif", m.get(8).text());
        assertTrue(m.get(8).edited());
        assertEquals(MessageKind.TEXT, m.get(8).kind());

        assertEquals("+33 6 12 34 56 78", m.get(9).author());
        assertEquals(MessageKind.LOCATION, m.get(9).kind());
        assertEquals(MessageKind.LOCATION, m.get(10).kind());
        assertEquals(MessageKind.DELETED, m.get(11).kind(), "a disappeared message leaves an empty body");
        assertEquals(MessageKind.EVENT, m.get(12).kind());
    }

    @Test
    void iosWithInvisibleMarksAndPseudoSenders() throws Exception {
        String chat = "\uFEFF[12/01/2020 10:00:00] Natan: \u200EMessages and calls are end-to-end encrypted. No one outside of this chat can read them.\r\n"
                + "[12/01/2020 10:01:00] Natan: \u200ELes messages et les appels sont chiffrés de bout en bout.\r\n"
                + "\uFEFF[\uFEFF13/01/2020 10:02:00] Natan: salut\r\n"
                + "\u200E[13/01/2020 10:03:00] Natan: \u200Eimage absente\r\n"
                + "[13/01/2020 10:04:00] Léa: \u200E<attached: 00000042-PHOTO-2020-01-13-10-04-00.jpg>\r\n"
                + "[13/01/2020 10:05:00] Léa: rapport • 2 pages \u200E<pièce jointe : 00000043-rapport.pdf>\r\n"
                + "[13/01/2020 10:06:00] Coloc: \u200ENatan a ajouté Léa\r\n"
                + "[13/01/2020 10:07:00] Léa: Natan a ajouté Léa\r\n"
                + "[13/01/2020 10:08:00] ~\u202FCarolina: \u200ECe message a été supprimé.\r\n"
                + "[13/01/2020 10:09:00] Léa: \u200Efichier.txt \u200Edocument manquant\r\n"
                + "[13/01/2020 10:10:00] Léa: un\r\ndeux\rtrois\n";
        ChatFiles.Read read = ChatFiles.read(ChatFiles.write(dir, "Coloc.txt", chat), humeur.ingest.ReadOptions.defaults());
        assertEquals("Coloc", read.chatName());
        List<Message> m = read.messages();
        assertEquals(11, m.size());
        assertEquals(MessageKind.EVENT, m.get(0).kind(), "the notice iOS writes as if sent by the contact");
        assertNull(m.get(0).author());
        assertEquals(MessageKind.EVENT, m.get(1).kind());
        assertEquals("salut", m.get(2).text());
        assertEquals("Natan", m.get(2).author());
        assertEquals(MessageKind.MEDIA, m.get(3).kind());
        assertEquals("00000042-PHOTO-2020-01-13-10-04-00.jpg", m.get(4).media());
        assertEquals("00000043-rapport.pdf", m.get(5).media());
        assertEquals(MessageKind.EVENT, m.get(6).kind(), "a group event written as if sent by the group");
        assertEquals(MessageKind.TEXT, m.get(7).kind(), "a person typing the same words is still a person");
        assertEquals("Carolina", m.get(8).author());
        assertTrue(m.get(8).outsideContacts());
        assertEquals(MessageKind.DELETED, m.get(8).kind());
        assertEquals(MessageKind.MEDIA, m.get(9).kind());
        assertEquals("fichier.txt", m.get(9).media());
        assertEquals("un\ndeux\ntrois", m.get(10).text());
        assertFalse(m.get(10).edited());
    }

    @Test
    void reportsLinesBeforeTheFirstMessageAndImpossibleDates() throws Exception {
        String chat = """
                Exporté depuis mon téléphone
                26/09/2019 à 22:39 - Natan: un
                31/02/2019 à 22:40 - Natan: le 31 février
                qui continue
                26/09/2019 à 22:41 - Natan: trois
                """;
        ChatFiles.Read read = ChatFiles.read(dir, chat);
        assertEquals(List.of("un", "trois"), read.messages().stream().map(Message::text).toList());
        assertEquals(2, read.reader().skippedCount());
        assertEquals("line 1", read.reader().skipped().get(0).location());
        assertEquals("line 3", read.reader().skipped().get(1).location());
        assertEquals("impossible date or time", read.reader().skipped().get(1).reason());
    }
}
