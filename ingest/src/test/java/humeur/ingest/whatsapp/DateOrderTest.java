package humeur.ingest.whatsapp;

import humeur.ingest.DateOrder;
import humeur.ingest.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Day/month order inferred from all the dates of a file, and forced by the user. */
class DateOrderTest {
    @TempDir
    Path dir;

    private ChatFiles.Read read(String chat, DateOrder order) throws Exception {
        return ChatFiles.read(ChatFiles.write(dir, "chat.txt", chat), ReadOptions.defaults().withDateOrder(order));
    }

    private static LocalDate lastDate(ChatFiles.Read read) {
        return read.messages().get(read.messages().size() - 1).timestamp().toLocalDate();
    }

    @Test
    void aFirstNumberAboveTwelveLateInTheFileMeansDayFirst() throws Exception {
        StringBuilder chat = new StringBuilder();
        for (int day = 1; day <= 12; day++) {
            chat.append(String.format("%02d/03/2020 à 10:00 - A: x%n", day));
        }
        chat.append("13/03/2020 à 10:00 - A: x\n");
        ChatFiles.Read read = read(chat.toString(), DateOrder.AUTO);
        assertEquals(LocalDate.of(2020, 3, 1), read.messages().get(0).timestamp().toLocalDate());
        assertTrue(read.reader().notes().get(0).contains("day-first"));
    }

    @Test
    void aSecondNumberAboveTwelveMeansMonthFirst() throws Exception {
        ChatFiles.Read read = read("[3/11/22 14:56:00] Elon: a\n[3/18/22 14:56:00] Elon: b\n", DateOrder.AUTO);
        assertEquals(LocalDate.of(2022, 3, 11), read.messages().get(0).timestamp().toLocalDate());
    }

    @Test
    void aNumberThatGoesDownWithinAYearIsTheDay() throws Exception {
        // 05/01 → 02/03: the first number went down, so it cannot be the month
        ChatFiles.Read read = read("05/01/2020 10:00 - A: x\n02/03/2020 10:00 - A: y\n", DateOrder.AUTO);
        assertEquals(LocalDate.of(2020, 3, 2), lastDate(read));
    }

    @Test
    void theNumberThatChangesMoreOftenIsTheDay() throws Exception {
        // month-first: 1/2, 1/3, 1/4, 2/5 — the second number changes more often
        ChatFiles.Read read = read("1/2/21 10:00 - A: x\n1/3/21 10:00 - A: x\n1/4/21 10:00 - A: x\n2/5/21 10:00 - A: x\n", DateOrder.AUTO);
        assertEquals(LocalDate.of(2021, 2, 5), lastDate(read));
    }

    @Test
    void undecidableDatesDefaultToDayFirstAndSaySo() throws Exception {
        ChatFiles.Read read = read("01/02/2021 10:00 - A: x\n", DateOrder.AUTO);
        assertEquals(LocalDate.of(2021, 2, 1), lastDate(read));
        assertTrue(read.reader().notes().get(0).contains("by default"));
    }

    @Test
    void theUserCanForceTheOrder() throws Exception {
        ChatFiles.Read read = read("01/02/2021 10:00 - A: x\n", DateOrder.MONTH_FIRST);
        assertEquals(LocalDate.of(2021, 1, 2), lastDate(read));
        ChatFiles.Read impossible = read("01/13/2021 10:00 - A: x\n01/02/2021 10:00 - A: y\n", DateOrder.DAY_FIRST);
        assertEquals(1, impossible.messages().size());
        assertEquals("impossible date or time", impossible.reader().skipped().get(0).reason());
    }
}
