package humeur.ingest;

/** An emoji reaction someone put on a message (Messenger keeps them in its export). */
public record Reaction(String actor, String reaction) {
}
