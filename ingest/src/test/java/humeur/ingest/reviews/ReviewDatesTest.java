package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReviewDatesTest {
    private static final ReviewDates FRENCH = new ReviewDates(Locale.FRENCH);

    @Test
    void findsTheDateInWhatSurroundsIt() {
        assertEquals(LocalDate.of(2024, 3, 12), FRENCH.find("Publiée le 12 mars 2024"));
        assertEquals(LocalDate.of(2023, 2, 1), FRENCH.find("Publiée le 1er février 2023"));
        assertEquals(LocalDate.of(2023, 8, 15), FRENCH.find("le 15 août 2023"));
        assertEquals(LocalDate.of(2023, 8, 15), FRENCH.find("le 15 aout 2023"), "without its accent");
        assertEquals(LocalDate.of(2022, 12, 3), FRENCH.find("3 déc. 2022"));
        assertEquals(LocalDate.of(2022, 12, 3), FRENCH.find("3 DÉCEMBRE 2022"));
        assertEquals(LocalDate.of(2021, 7, 9), FRENCH.find("Publiée le 09/07/2021"));
        assertEquals(LocalDate.of(2021, 7, 9), FRENCH.find("2021-07-09T10:00:00Z"));
        assertEquals(LocalDate.of(2020, 5, 4), FRENCH.find("4 May 2020"), "English names too");
    }

    @Test
    void nothingWhenThereIsNoDate() {
        assertNull(FRENCH.find("Publiée il y a 3 jours"));
        assertNull(FRENCH.find("le 31 février 2024"));
        assertNull(FRENCH.find("12 critiques 2024"));
        assertNull(FRENCH.find(null));
    }
}
