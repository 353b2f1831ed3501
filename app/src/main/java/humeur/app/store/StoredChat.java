package humeur.app.store;

/**
 * A chat as stored: its row id, app and name.
 *
 * @param id       its row id
 * @param platform {@code whatsapp} or {@code messenger}
 * @param name     its name
 */
public record StoredChat(long id, String platform, String name) {
}
