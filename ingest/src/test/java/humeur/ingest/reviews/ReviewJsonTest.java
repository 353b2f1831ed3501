package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewJsonTest {
    private static final Review REVIEW = new Review("allocine", "1001", "Les Heures Claires", "900101", "Cinéphile74",
            "4,5", 4.5, LocalDate.of(2024, 3, 12), "Très beau.\nÉmouvant, \"juste\".", "https://x/");

    @Test
    void readsBackWhatItWrites() {
        String line = ReviewJson.line(REVIEW);
        assertEquals(-1, line.indexOf('\n'), "one line");
        assertEquals(REVIEW, ReviewJson.parse(line));
    }

    @Test
    void missingValuesAreNull() {
        Review r = new Review("allocine", "1", null, "2", null, "3", 3, null, "Bien.", null);
        assertEquals("{\"site\":\"allocine\",\"film_id\":\"1\",\"film_title\":null,\"review_id\":\"2\",\"author\":null,"
                + "\"rating\":\"3\",\"rating_out_of_5\":3.0,\"date\":null,\"text\":\"Bien.\",\"url\":null}",
                ReviewJson.line(r));
        assertEquals(r, ReviewJson.parse(ReviewJson.line(r)));
    }

    @Test
    void otherToolsLinesNeedOnlyARatingAndAText() {
        Review r = ReviewJson.parse("{\"text\":\"Bof.\",\"rating_out_of_5\":2,\"stars\":[1,2],\"extra\":{\"a\":1}}");
        assertEquals("Bof.", r.text());
        assertEquals(2.0, r.ratingOutOf5());
        assertEquals("", r.reviewId());
        assertNull(r.date());
    }

    @Test
    void linesThatAreNotReviewsSayWhy() {
        assertEquals("no rating_out_of_5", assertThrows(IllegalArgumentException.class,
                () -> ReviewJson.parse("{\"text\":\"Bof.\"}")).getMessage());
        assertEquals("no text", assertThrows(IllegalArgumentException.class,
                () -> ReviewJson.parse("{\"text\":\" \",\"rating_out_of_5\":2}")).getMessage());
        assertEquals("not a JSON object", assertThrows(IllegalArgumentException.class,
                () -> ReviewJson.parse("[1]")).getMessage());
        assertEquals("not one JSON object", assertThrows(IllegalArgumentException.class,
                () -> ReviewJson.parse("{\"text\":\"a\",\"rating_out_of_5\":2} {}")).getMessage());
        assertEquals("cut short", assertThrows(IllegalArgumentException.class,
                () -> ReviewJson.parse("{\"site\":\"allocine\",\"rev")).getMessage());
        String garbage = assertThrows(IllegalArgumentException.class, () -> ReviewJson.parse("{site}")).getMessage();
        assertEquals(true, garbage.startsWith("not JSON ("), garbage);
    }
}
