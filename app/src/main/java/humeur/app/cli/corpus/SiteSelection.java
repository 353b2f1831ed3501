package humeur.app.cli.corpus;

import humeur.ingest.reviews.ReviewsException;
import humeur.ingest.reviews.SiteProfile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Iterator;

/** {@code --site NAME} or {@code --profile FILE}: which review site to read, and how. */
public final class SiteSelection {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--site", paramLabel = "NAME", completionCandidates = BuiltInSites.class,
            description = "A site humeur knows: ${COMPLETION-CANDIDATES}. Default: allocine.")
    private String site;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A site described in a profile file instead: its URL forms, CSS selectors and rating scale "
                    + "as key = value lines. Start from a copy of the allocine profile, whose comments explain "
                    + "every key (ingest/src/main/resources/humeur/ingest/reviews/allocine.properties in humeur's "
                    + "sources).")
    private Path profile;

    /**
     * The profile chosen.
     *
     * @throws ParameterException for an unknown site or both options at once
     * @throws ReviewsException   for a profile file that cannot be read or is incomplete
     */
    public SiteProfile profile() throws ReviewsException {
        if (site != null && profile != null) {
            throw new ParameterException(command.commandLine(), "--site and --profile exclude each other");
        }
        if (profile != null) {
            return SiteProfile.load(profile);
        }
        try {
            return SiteProfile.builtIn(site == null ? "allocine" : site);
        } catch (ReviewsException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /** The built-in sites, listed in the help. */
    static final class BuiltInSites implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SiteProfile.builtInNames().iterator();
        }
    }
}
