package humeur.ingest.reviews;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A review site on 127.0.0.1 for the tests: serves pages by path and query, answers in turn what a test lines up for a
 * page (a 429, then the page), and records every request it gets. Nothing leaves the machine.
 */
final class ReviewSite implements AutoCloseable {
    /** One answer: a status, headers and a body. */
    record Answer(int status, Map<String, String> headers, byte[] body, long delayMillis) {
        Answer(int status, Map<String, String> headers, byte[] body) {
            this(status, headers, body, 0);
        }

        static Answer html(String html) {
            return new Answer(200, Map.of("Content-Type", "text/html; charset=UTF-8"),
                    html.getBytes(StandardCharsets.UTF_8));
        }

        /** This answer, sent only after {@code millis}: slower than a crawler's time-out. */
        Answer after(long millis) {
            return new Answer(status, headers, body, millis);
        }

        static Answer status(int status, String... headerPairs) {
            Map<String, String> headers = new HashMap<>();
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.put(headerPairs[i], headerPairs[i + 1]);
            }
            byte[] body = ("<html><body>" + status + "</body></html>").getBytes(StandardCharsets.UTF_8);
            return new Answer(status, headers, body);
        }
    }

    /** A request the site got: what was asked, when, and by whom. */
    record Request(String target, long nanos, String userAgent) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    ReviewSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Several threads: a slow answer must not hold up the crawler's next try.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** The site's address, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL of a path on the site. */
    String url(String target) {
        return base() + target;
    }

    /** Serves {@code html} at {@code target} (path and query), for good. */
    ReviewSite page(String target, String html) {
        return answer(target, Answer.html(html));
    }

    /** Lines up answers for {@code target}: one per request, the last one for every later request. */
    synchronized ReviewSite answer(String target, Answer... inTurn) {
        answers.put(target, new ArrayDeque<>(List.of(inTurn)));
        return this;
    }

    /** The requests so far, in order. */
    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests so far for {@code target}. */
    synchronized List<Request> requests(String target) {
        return requests.stream().filter(r -> r.target().equals(target)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Answer answer;
        synchronized (this) {
            requests.add(new Request(target, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent")));
            Deque<Answer> inTurn = answers.get(target);
            answer = inTurn == null ? Answer.status(404) : inTurn.size() > 1 ? inTurn.pollFirst() : inTurn.peekFirst();
        }
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        } catch (IOException e) {
            // The crawler may hang up early (a page too large): nothing to do.
        }
        exchange.close();
    }

    /** A page of the fixtures beside this class, e.g. {@code allocine/reviews-1001-p1.html}. */
    static String fixture(String name) {
        try (InputStream in = ReviewSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
