package humeur.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a report shows, read once from the database: per contact, chat and period the tally of scored messages,
 * and a bounded set of example messages.
 *
 * @param model            the model whose scores these are
 * @param selection        what was asked for
 * @param periods          the first day of every period from the first to the last with a scored message, empty ones
 *                         included (they are the gaps of the timelines)
 * @param chats            the names of the chats read, indexed by {@link Cell#chat()}
 * @param contacts         the contacts, most messages first
 * @param cells            the non-empty (chat, contact, period) tallies
 * @param examples         example messages, at most {@link ReportQuery#EXAMPLES_PER_SIDE} most positive and as many
 *                         most negative per cell
 * @param examplesComplete false when there were too many cells to keep examples for each (the report says so)
 */
public record ReportData(ScoringModel model, ReportSelection selection, List<LocalDate> periods, List<String> chats,
                         List<String> contacts, List<Cell> cells, List<Example> examples, boolean examplesComplete) {

    /** The label of period {@code index}, e.g. {@code 2024-W37}. */
    public String periodLabel(int index) {
        return selection.by().label(periods.get(index));
    }

    /** Each contact's periods with messages, in time order, their chats added together; contacts in report order. */
    public Map<String, List<PeriodAggregate>> perContact() {
        Map<String, TreeMap<Integer, Tally>> merged = new HashMap<>();
        for (Cell cell : cells) {
            merged.computeIfAbsent(cell.contact(), c -> new TreeMap<>())
                    .computeIfAbsent(cell.period(), p -> new Tally()).merge(cell.tally());
        }
        Map<String, List<PeriodAggregate>> perContact = new LinkedHashMap<>();
        for (String contact : contacts) {
            List<PeriodAggregate> periodsOfContact = new ArrayList<>();
            merged.getOrDefault(contact, new TreeMap<>()).forEach((index, tally) ->
                    periodsOfContact.add(new PeriodAggregate(contact, periods.get(index), periodLabel(index), tally)));
            perContact.put(contact, periodsOfContact);
        }
        return perContact;
    }

    /** An overview of each contact, in report order. */
    public List<ContactOverview> overviews() {
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            index.put(periods.get(i), i);
        }
        List<ContactOverview> overviews = new ArrayList<>();
        perContact().forEach((contact, list) ->
                overviews.add(ContactOverview.of(contact, list, p -> index.get(p.start()))));
        return overviews;
    }
}
