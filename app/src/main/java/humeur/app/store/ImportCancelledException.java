package humeur.app.store;

/** An import stopped by {@link ImportCancellation#cancel()}; its transaction was rolled back. */
public class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("import cancelled, nothing of it was kept");
    }
}
