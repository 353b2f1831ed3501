package humeur.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The participants of one chat, added to the database as they first appear, their ids cached so that a message costs
 * no lookup. A chat has a few participants, a big group a few hundred: the cache needs no bound.
 */
final class ParticipantIds implements AutoCloseable {
    private final long chatId;
    private final PreparedStatement upsert;
    private final PreparedStatement select;
    private final Map<String, Participant> known = new HashMap<>();

    private record Participant(long id, boolean outsideContacts) {
    }

    ParticipantIds(Connection connection, long chatId) throws SQLException {
        this.chatId = chatId;
        // Once any export shows someone as outside the contacts, it stays recorded.
        this.upsert = connection.prepareStatement("INSERT INTO participants (chat_id, name, outside_contacts) "
                + "VALUES (?, ?, ?) ON CONFLICT (chat_id, name) "
                + "DO UPDATE SET outside_contacts = MAX(outside_contacts, excluded.outside_contacts)");
        this.select = connection.prepareStatement(
                "SELECT id, outside_contacts FROM participants WHERE chat_id = ? AND name = ?");
    }

    /** The id of {@code name} in this chat, adding the participant or their outside-contacts mark when new. */
    long id(String name, boolean outsideContacts) throws SQLException {
        Participant p = known.get(name);
        if (p == null || (outsideContacts && !p.outsideContacts())) {
            p = upsert(name, outsideContacts);
            known.put(name, p);
        }
        return p.id();
    }

    private Participant upsert(String name, boolean outsideContacts) throws SQLException {
        upsert.setLong(1, chatId);
        upsert.setString(2, name);
        upsert.setInt(3, outsideContacts ? 1 : 0);
        upsert.executeUpdate();
        select.setLong(1, chatId);
        select.setString(2, name);
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            return new Participant(rs.getLong(1), rs.getInt(2) != 0);
        }
    }

    @Override
    public void close() throws SQLException {
        upsert.close();
        select.close();
    }
}
