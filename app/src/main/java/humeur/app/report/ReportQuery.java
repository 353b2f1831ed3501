package humeur.app.report;

import humeur.app.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Reads a report's data from the database in one pass over the selected scores: tallies per participant and day,
 * rolled up into periods, and the few most positive and negative messages of each, whose texts alone are read
 * afterwards. Memory grows with the number of contacts and periods, never with the number of messages.
 */
public final class ReportQuery {
    /** Examples kept per cell on each side (most positive, most negative). */
    public static final int EXAMPLES_PER_SIDE = 3;
    /** Examples kept in a whole report at most: they are most of an HTML report's size. */
    public static final int EXAMPLE_BUDGET = 6_000;
    /** Example texts are cut to this many characters: a report shows messages, not letters. */
    public static final int EXAMPLE_LENGTH = 280;

    private static final String NO_SCORES = "there are no sentiment scores in %s yet: score the messages first "
            + "(humeur analyze, or humeur import --score)";

    private final Connection connection;
    private final Path db;

    /** A query on {@code connection}, the database {@code db} (named in errors). */
    public ReportQuery(Connection connection, Path db) {
        this.connection = connection;
        this.db = db;
    }

    /**
     * Reads what {@code selection} covers.
     *
     * @throws StoreException when there are no scores, when a chat, contact or model asked for does not exist, when
     *                        nothing matches, or when the database cannot be read
     */
    public ReportData run(ReportSelection selection) {
        try {
            return read(selection);
        } catch (SQLException e) {
            throw new StoreException(db + ": cannot read the scores: " + e.getMessage(), e);
        }
    }

    private ReportData read(ReportSelection selection) throws SQLException {
        ScoringModel model = model(selection.model());
        Map<Long, String> chats = chats(selection.chats());
        Map<Long, Participant> participants = participants(chats, selection.contacts());
        List<String> chatNames = new ArrayList<>(chats.values());
        Map<Long, Integer> chatIndex = new HashMap<>();
        int i = 0;
        for (Long id : chats.keySet()) {
            chatIndex.put(id, i++);
        }
        Map<GroupKey, Group> groups = scan(model, selection, chats.keySet(), participants);
        if (groups.isEmpty()) {
            throw new StoreException(anyScores(model)
                    ? "no scored messages match the chats, contacts and dates asked for (in " + db + ")"
                    : String.format(NO_SCORES, db));
        }
        Granularity by = selection.by();
        LocalDate first = groups.keySet().stream().map(GroupKey::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = groups.keySet().stream().map(GroupKey::start).max(Comparator.naturalOrder()).orElseThrow();
        List<LocalDate> periods = by.startsBetween(first, last);
        Map<LocalDate, Integer> periodIndex = new HashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            periodIndex.put(periods.get(p), p);
        }
        Map<String, Long> perContact = new HashMap<>();
        List<Map.Entry<GroupKey, Group>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<GroupKey, Group> e) -> participants.get(e.getKey().participant()).name())
                .thenComparing(e -> chatIndex.get(participants.get(e.getKey().participant()).chat()))
                .thenComparing(e -> e.getKey().start()));
        List<Cell> cells = new ArrayList<>(entries.size());
        for (Map.Entry<GroupKey, Group> e : entries) {
            Participant who = participants.get(e.getKey().participant());
            Tally tally = e.getValue().tally;
            cells.add(new Cell(chatIndex.get(who.chat()), who.name(), periodIndex.get(e.getKey().start()), tally));
            perContact.merge(who.name(), tally.count(), Long::sum);
        }
        List<String> contacts = perContact.keySet().stream()
                .sorted(Comparator.comparing((String c) -> -perContact.get(c)).thenComparing(c -> c)).toList();
        List<Group> ordered = entries.stream().map(Map.Entry::getValue).toList();
        boolean complete = (long) ordered.size() * 2 <= EXAMPLE_BUDGET;
        List<Example> examples = examples(model, ordered);
        return new ReportData(model, selection, periods, chatNames, contacts, cells, examples, complete);
    }

    private ScoringModel model(String wanted) throws SQLException {
        String sql = "SELECT id, identity, name FROM models"
                + (wanted == null ? "" : " WHERE identity = ? OR name = ?") + " ORDER BY last_used DESC, id DESC LIMIT 1";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (wanted != null) {
                s.setString(1, wanted);
                s.setString(2, wanted);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return new ScoringModel(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
        }
        if (wanted == null) {
            throw new StoreException(String.format(NO_SCORES, db));
        }
        throw new StoreException("no model '" + wanted + "' has scored messages in " + db + " (models: "
                + names("SELECT name FROM models ORDER BY last_used DESC") + ")");
    }

    private boolean anyScores(ScoringModel model) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM message_scores WHERE model_id = ? LIMIT 1")) {
            s.setLong(1, model.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Map<Long, String> chats(List<String> wanted) throws SQLException {
        Map<Long, String> chats = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, name FROM chats ORDER BY name, platform");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (wanted.isEmpty() || wanted.contains(rs.getString(2))) {
                    chats.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        for (String name : wanted) {
            if (!chats.containsValue(name)) {
                throw new StoreException("no chat named '" + name + "' in " + db + " (chats: "
                        + names("SELECT name FROM chats ORDER BY name") + ")");
            }
        }
        return chats;
    }

    private Map<Long, Participant> participants(Map<Long, String> chats, List<String> wanted) throws SQLException {
        Map<Long, Participant> participants = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, chat_id, name FROM participants");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long chat = rs.getLong(2);
                String name = rs.getString(3);
                if (chats.containsKey(chat) && (wanted.isEmpty() || wanted.contains(name))) {
                    participants.put(rs.getLong(1), new Participant(chat, name));
                }
            }
        }
        for (String name : wanted) {
            if (participants.values().stream().noneMatch(p -> p.name().equals(name))) {
                throw new StoreException("no contact named '" + name + "' in the chats asked for (in " + db + ")");
            }
        }
        return participants;
    }

    private String names(String sql) throws SQLException {
        StringJoiner names = new StringJoiner(", ");
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names.length() == 0 ? "none" : names.toString();
    }

    // The one pass over the scores. Days are cut from the stored local time (its first ten characters); each distinct
    // day is turned into its period once.
    private Map<GroupKey, Group> scan(ScoringModel model, ReportSelection selection, Collection<Long> chats,
                                      Map<Long, Participant> participants) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT m.participant_id, substr(m.ts, 1, 10), s.score, s.label, m.id "
                + "FROM message_scores s JOIN messages m ON m.id = s.message_id "
                + "WHERE s.model_id = ? AND m.participant_id IS NOT NULL");
        if (!selection.chats().isEmpty()) {
            sql.append(" AND m.chat_id IN (").append(ids(chats)).append(')');
        }
        if (!selection.contacts().isEmpty()) {
            sql.append(" AND m.participant_id IN (").append(ids(participants.keySet())).append(')');
        }
        if (selection.from() != null) {
            sql.append(" AND m.ts >= ?");
        }
        if (selection.to() != null) {
            sql.append(" AND m.ts < ?");
        }
        Granularity by = selection.by();
        Map<String, LocalDate> periodOfDay = new HashMap<>();
        Map<GroupKey, Group> groups = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            int p = 1;
            s.setLong(p++, model.id());
            if (selection.from() != null) {
                s.setString(p++, selection.from().toString());
            }
            if (selection.to() != null) {
                s.setString(p, selection.to().plusDays(1).toString());
            }
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long participant = rs.getLong(1);
                    if (!participants.containsKey(participant)) {
                        continue;
                    }
                    LocalDate start = periodOfDay.computeIfAbsent(rs.getString(2), d -> by.start(LocalDate.parse(d)));
                    double score = rs.getDouble(3);
                    Group group = groups.computeIfAbsent(new GroupKey(participant, start), k -> new Group());
                    group.tally.add(score, label(rs.getString(4)));
                    group.extremes.offer(rs.getLong(5), score);
                }
            }
        }
        return groups;
    }

    private static Sentiment label(String label) {
        return switch (label) {
            case "negative" -> Sentiment.NEGATIVE;
            case "neutral" -> Sentiment.NEUTRAL;
            case "positive" -> Sentiment.POSITIVE;
            default -> Sentiment.of(label);
        };
    }

    // Examples within the budget: three a side per cell when they fit, fewer when not, and when even one a side does
    // not fit, one a side for the busiest cells only.
    private List<Example> examples(ScoringModel model, List<Group> groups) throws SQLException {
        int perSide = (int) Math.min(EXAMPLES_PER_SIDE, EXAMPLE_BUDGET / (2L * groups.size()));
        Map<Long, Integer> cellOf = new LinkedHashMap<>();
        if (perSide >= 1) {
            for (int c = 0; c < groups.size(); c++) {
                for (long id : groups.get(c).extremes.ids(perSide)) {
                    cellOf.put(id, c);
                }
            }
        } else {
            List<Integer> busiest = new ArrayList<>();
            for (int c = 0; c < groups.size(); c++) {
                busiest.add(c);
            }
            busiest.sort(Comparator.comparingLong((Integer c) -> -groups.get(c).tally.count()));
            for (int c : busiest.subList(0, EXAMPLE_BUDGET / 2)) {
                for (long id : groups.get(c).extremes.ids(1)) {
                    cellOf.put(id, c);
                }
            }
        }
        List<Example> examples = new ArrayList<>(cellOf.size());
        List<Long> ids = new ArrayList<>(cellOf.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            // What was scored: the text of a text message, the caption of a media message.
            String sql = "SELECT m.id, m.ts, CASE WHEN m.kind = 'text' THEN m.text ELSE coalesce(m.caption, m.text) END, "
                    + "s.score FROM messages m JOIN message_scores s ON s.message_id = m.id AND s.model_id = ? "
                    + "WHERE m.id IN (" + ids(chunk) + ")";
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setLong(1, model.id());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        examples.add(new Example(cellOf.get(id), id, rs.getString(2).substring(0, 19),
                                rs.getDouble(4), cut(rs.getString(3))));
                    }
                }
            }
        }
        examples.sort(Comparator.comparingInt(Example::cell).thenComparing(e -> -e.score()).thenComparing(Example::messageId));
        return examples;
    }

    /** {@code text} cut to {@link #EXAMPLE_LENGTH} code points, with an ellipsis when it was longer. */
    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= EXAMPLE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXAMPLE_LENGTH)) + "…";
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private record Participant(long chat, String name) {
    }

    private record GroupKey(long participant, LocalDate start) {
    }

    private static final class Group {
        final Tally tally = new Tally();
        final Extremes extremes = new Extremes(EXAMPLES_PER_SIDE);
    }
}
