package humeur.app.cli.corpus;

import humeur.app.cli.ManPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code humeur corpus reviews}: labelled French reviews from review sites. */
@Command(name = "reviews",
        header = "Labelled French text from cinema review sites: scrape reviews, then label them.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, commandListHeading = ManPage.COMMANDS,
        footerHeading = ManPage.EXAMPLES,
        description = {
            "Star-rated reviews are labelled French text: what the sentiment model needs and what is scarce. "
                    + "'scrape' crawls a review site politely into a review file (JSON Lines, one review per line, "
                    + "resumable); 'label' turns a review file into the labelled CSV the classifier trains on."},
        subcommands = {ScrapeCommand.class, LabelCommand.class},
        footer = {
            "  humeur corpus reviews scrape -o reviews.jsonl \\",
            "      --start 'https://www.allocine.fr/film/fichefilm_gen_cfilm=182745.html'",
            "  humeur corpus reviews scrape --resume -o reviews.jsonl",
            "  humeur corpus reviews label reviews.jsonl -o labelled.csv"})
public final class ReviewsCommand implements Runnable {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** {@code humeur corpus reviews} alone shows the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
