package humeur.ingest.messenger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static humeur.ingest.messenger.PseudoMessages.Kind.ATTACHMENT;
import static humeur.ingest.messenger.PseudoMessages.Kind.EVENT;
import static humeur.ingest.messenger.PseudoMessages.Kind.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PseudoMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Reacted 😂 to your message", "Reacted ❤️ to your message ", "Alice Martin reacted 👍 to your message",
            "Alice added Bob Durand to the group.", "Bob left the group.", "Alice named the group Les copains 🎉.",
            "You called Alice.", "Alice missed your call.", "The video call ended.", "Alice created a poll: Resto ?",
            "Alice set the nickname for Bob to Bobby.", "Bob changed the theme to Love.", "Alice set the emoji to 🔥.",
            "A réagi 😂 à votre message", "Alice a réagi ❤ à votre message", "Alice a ajouté Bob au groupe.",
            "Bob a quitté le groupe.", "Alice a nommé le groupe Vacances 2023.", "Vous avez appelé Alice.",
            "Alice a manqué votre appel.", "L’appel vidéo est terminé.", "L'appel vidéo est terminé.",
            "Alice a créé un sondage : Resto ce soir ?", "Alice a défini le surnom de Bob sur Bobby.",
            "Alice a changé le thème en Amour.", "Alice a défini l’emoji sur 🔥.", "Vous avez quitté le groupe."})
    void recognisesEventsInEnglishAndFrench(String content) {
        assertEquals(EVENT, PseudoMessages.kindOf(content));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice sent an attachment.", "You sent a photo.", "Alice sent 3 photos.",
            "Bob sent a GIF from GIPHY.", "Alice a envoyé une pièce jointe.", "Vous avez envoyé une photo.",
            "Alice a envoyé 4 photos.", "Bob a envoyé un autocollant.", "Alice a envoyé un message vocal."})
    void recognisesAttachmentNotices(String content) {
        assertEquals(ATTACHMENT, PseudoMessages.kindOf(content));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice sent a location.", "Alice sent a live location.", "Alice a envoyé une position.",
            "Vous avez envoyé une position."})
    void recognisesLocations(String content) {
        assertEquals(LOCATION, PseudoMessages.kindOf(content));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ça va ?", "J'ai quitté le groupe de foot hier, trop de messages", "I left the group chat",
            "Tu as reçu la pièce jointe ?", "The call ended badly, we need to talk", "Reacted", "sent", "😂",
            "Alice a envoyé une lettre à sa mère.", "you called me a liar"})
    void leavesWordsAlone(String content) {
        assertNull(PseudoMessages.kindOf(content));
    }
}
