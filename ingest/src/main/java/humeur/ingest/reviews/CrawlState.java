package humeur.ingest.reviews;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a crawl stands, saved beside its output after every page ({@code reviews.jsonl.state}): the pages done, those
 * still to fetch, those to try again in a later run, and how many bytes of the output hold complete reviews. The file
 * is replaced whole (written aside, then renamed over), so a crawl killed at any moment leaves either the previous
 * state or the new one, never half of one.
 */
final class CrawlState {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int VERSION = 1;

    private final String site;
    private final Deque<String> queue = new ArrayDeque<>();
    private final Set<String> queued = new HashSet<>();
    private final Set<String> visited = new HashSet<>();
    private final Set<String> later = new LinkedHashSet<>();
    private long position;

    CrawlState(String site) {
        this.site = site;
    }

    /** The state file of an output file: beside it, with {@code .state} added to its name. */
    static Path fileFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".state");
    }

    String site() {
        return site;
    }

    /** Bytes of the output that hold complete reviews: what a resumed crawl keeps. */
    long position() {
        return position;
    }

    void position(long bytes) {
        this.position = bytes;
    }

    /**
     * Queues a page unless it is known already: done, queued, or left for a later run (which the run that left it
     * must not fetch again). Whether it was queued.
     */
    boolean add(String url) {
        if (visited.contains(url) || queued.contains(url) || later.contains(url)) {
            return false;
        }
        queue.addLast(url);
        queued.add(url);
        return true;
    }

    /** The next page to fetch, or null when there is none. */
    String next() {
        return queue.peekFirst();
    }

    int queued() {
        return queue.size();
    }

    /** Records a page as done for good: read, or not to be read (skipped). */
    void done(String url) {
        dequeue(url);
        visited.add(url);
    }

    /** Records a page as not fetched this time (the site was busy or out of reach): a later run tries again. */
    void tryLater(String url) {
        dequeue(url);
        later.add(url);
    }

    /** Pages left for a later run. */
    int later() {
        return later.size();
    }

    /** Puts the pages left for later back in front of the queue: what a resumed crawl does first. */
    void retryLater() {
        Deque<String> again = new ArrayDeque<>(later);
        later.clear();
        for (String url : again) {
            if (!visited.contains(url) && queued.add(url)) {
                queue.addFirst(url);
            }
        }
    }

    private void dequeue(String url) {
        if (url.equals(queue.peekFirst())) {
            queue.pollFirst();
        } else {
            queue.remove(url);
        }
        queued.remove(url);
    }

    /** Writes the state to {@code file}, replacing what was there in one step. */
    void save(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            try (JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.writeStartObject();
                json.writeNumberField("version", VERSION);
                json.writeStringField("site", site);
                json.writeNumberField("position", position);
                array(json, "queue", queue);
                array(json, "later", later);
                array(json, "visited", visited);
                json.writeEndObject();
            }
            // On disk before the rename, or a crash could leave the renamed file empty.
            channel.force(false);
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void array(JsonGenerator json, String name, Collection<String> urls) throws IOException {
        json.writeArrayFieldStart(name);
        for (String url : urls) {
            json.writeString(url);
        }
        json.writeEndArray();
    }

    /**
     * Reads a saved state.
     *
     * @throws ReviewsException naming the file when there is none or it is not a state humeur wrote
     */
    static CrawlState load(Path file) throws ReviewsException {
        String site = null;
        long position = -1;
        Map<String, List<String>> lists = new HashMap<>();
        try (JsonParser json = JSON.createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw notAState(file, "not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "version" -> {
                        if (!value.isNumeric() || json.getIntValue() != VERSION) {
                            throw new ReviewsException(file + ": saved by another version of humeur (state version "
                                    + json.getText() + ")");
                        }
                    }
                    case "site" -> site = json.getValueAsString();
                    case "position" -> position = value.isNumeric() ? json.getLongValue() : -1;
                    case "queue", "later", "visited" -> lists.put(field, urls(json, file, field));
                    default -> json.skipChildren();
                }
            }
        } catch (NoSuchFileException e) {
            throw new ReviewsException(file + ": no such file");
        } catch (ReviewsException e) {
            throw e;
        } catch (IOException e) {
            throw notAState(file, e.getMessage().lines().findFirst().orElse("unreadable"));
        }
        if (site == null || site.isEmpty() || position < 0) {
            throw notAState(file, "no site or output position");
        }
        CrawlState state = new CrawlState(site);
        state.position = position;
        state.visited.addAll(lists.getOrDefault("visited", List.of()));
        lists.getOrDefault("queue", List.of()).forEach(state::add);
        for (String url : lists.getOrDefault("later", List.of())) {
            if (!state.visited.contains(url) && !state.queued.contains(url)) {
                state.later.add(url);
            }
        }
        return state;
    }

    private static ReviewsException notAState(Path file, String why) {
        return new ReviewsException(file + ": not a crawl state saved by humeur (" + why + ")");
    }

    private static List<String> urls(JsonParser json, Path file, String field) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw notAState(file, field + " is not a list of URLs");
        }
        List<String> urls = new ArrayList<>();
        while (json.nextToken() == JsonToken.VALUE_STRING) {
            urls.add(json.getText());
        }
        if (json.currentToken() != JsonToken.END_ARRAY) {
            throw notAState(file, field + " is not a list of URLs");
        }
        return urls;
    }
}
