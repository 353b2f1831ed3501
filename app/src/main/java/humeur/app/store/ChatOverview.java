package humeur.app.store;

import java.time.LocalDateTime;

/**
 * One stored chat, as {@code humeur chats} lists it.
 *
 * @param platform     {@code whatsapp} or {@code messenger}
 * @param name         the chat's name
 * @param messages     how many messages are stored
 * @param participants how many participants are known: those who wrote, and those the export declares
 * @param first        the earliest message time, {@code null} when the chat has no message
 * @param last         the latest message time, {@code null} when the chat has no message
 */
public record ChatOverview(String platform, String name, long messages, long participants, LocalDateTime first,
                           LocalDateTime last) {
}
