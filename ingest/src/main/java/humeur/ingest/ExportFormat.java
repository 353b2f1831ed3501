package humeur.ingest;

/** The export layouts humeur reads. */
public enum ExportFormat {
    WHATSAPP_ANDROID("whatsapp", "WhatsApp (Android)"),
    WHATSAPP_IOS("whatsapp", "WhatsApp (iOS)"),
    MESSENGER("messenger", "Messenger (JSON)"),
    MESSENGER_E2EE("messenger", "Messenger (end-to-end encrypted JSON)");

    private final String platform;
    private final String label;

    ExportFormat(String platform, String label) {
        this.platform = platform;
        this.label = label;
    }

    /** The messaging app, {@code whatsapp} or {@code messenger}: chats are identified by platform and name. */
    public String platform() {
        return platform;
    }

    /** A name for people, as printed by {@code humeur import}. */
    public String label() {
        return label;
    }
}
