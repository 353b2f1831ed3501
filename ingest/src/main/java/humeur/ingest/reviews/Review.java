package humeur.ingest.reviews;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One review as a site shows it: who rated which film how, and what they wrote.
 *
 * @param site        the profile's name, e.g. {@code allocine}
 * @param filmId      the film's id on the site, from its URL
 * @param filmTitle   the film's title, null when the page does not show it
 * @param reviewId    the review's id on the site: with {@code site}, what makes a review unique
 * @param author      the author's name as shown, null when not shown
 * @param rating      the rating as written on the page, e.g. {@code 4,5}
 * @param ratingOutOf5 the rating brought to a scale from 0 to 5
 * @param date        when it was published, null when the page does not say
 * @param text        the text, paragraphs separated by line breaks
 * @param url         the page it was read on
 */
public record Review(String site, String filmId, String filmTitle, String reviewId, String author, String rating,
                     double ratingOutOf5, LocalDate date, String text, String url) {

    public Review {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(text, "text");
    }

    /** What identifies the review across pages and runs: the site and the review id. */
    public String key() {
        return site + '\u0000' + reviewId;
    }
}
