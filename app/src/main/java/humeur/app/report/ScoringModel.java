package humeur.app.report;

/** The sentiment model whose scores a report shows: its row id, its identity (name plus file hash) and its name. */
public record ScoringModel(long id, String identity, String name) {
}
