package humeur.app.store;

/**
 * A sentiment model as recorded in the database, beside every score it gave.
 *
 * @param id       its row id
 * @param identity what changes when the model changes (name plus a hash of its files)
 * @param name     its name for people
 */
public record StoredModel(long id, String identity, String name) {
}
