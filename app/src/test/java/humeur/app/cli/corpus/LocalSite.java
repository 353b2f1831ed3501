package humeur.app.cli.corpus;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small AlloCiné-like site on 127.0.0.1 for the command-line tests: films whose review pages hold French reviews
 * in AlloCiné's markup, with a robots.txt. (The crawler's own tests, in ingest, go through every case; these check
 * the commands around it.)
 */
final class LocalSite implements AutoCloseable {
    private static final String[] RATINGS = {"4,5", "1,0", "3,0", "5,0", "2,0"};
    private static final String[] TEXTS = {
        "Un film très touchant, je le recommande à tous.",
        "Je me suis ennuyé du début à la fin, c'est raté.",
        "Pas mal, mais il manque quelque chose pour que ce soit bien.",
        "Un chef-d'œuvre, des acteurs formidables et une histoire qui reste.",
        "Trop long et sans surprise, les dialogues sont plats.",
    };

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String target = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            synchronized (requests) {
                requests.add(target);
            }
            String html = pages.get(target);
            byte[] body = (html == null ? "<html><body>Page introuvable</body></html>" : html)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        pages.put("/robots.txt", "User-agent: *\nDisallow: /compte/\n");
    }

    /** The URL of {@code target} on this site. */
    String url(String target) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + target;
    }

    /** The URL of the film page of {@code film}. */
    String film(int film) {
        return url("/film/fichefilm_gen_cfilm=" + film + ".html");
    }

    /** The paths asked for so far. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Serves {@code html} at {@code target}. */
    void page(String target, String html) {
        pages.put(target, html);
    }

    /** Serves a film with {@code pages} review pages of {@code perPage} reviews; returns how many reviews it has. */
    int film(int film, int pages, int perPage) {
        page("/film/fichefilm_gen_cfilm=" + film + ".html", "<html><body><div class=\"titlebar-title "
                + "titlebar-title-xl\">Film " + film + "</div></body></html>");
        for (int p = 1; p <= pages; p++) {
            StringBuilder cards = new StringBuilder();
            for (int i = 0; i < perPage; i++) {
                int n = (p - 1) * perPage + i;
                cards.append("""
                        <div class="review-card hred" id="review_%d">
                          <div class="review-card-user-infos cf"><div class="meta"><div class="meta-title">
                            <span class="xXx meta-title-link">Spectateur %d</span></div></div></div>
                          <div class="review-card-meta">
                            <div class="stareval"><span class="stareval-note">%s</span></div>
                            <span class="review-card-meta-date light">Publiée le %d mars 2024</span>
                          </div>
                          <div class="content-txt review-card-content">%s</div>
                        </div>
                        """.formatted(film * 1000 + n, n, RATINGS[n % 5], 1 + n % 28, TEXTS[n % 5]));
            }
            StringBuilder numbers = new StringBuilder();
            for (int i = 1; i <= pages; i++) {
                numbers.append("<span class=\"button item\">").append(i).append("</span>");
            }
            page(reviews(film, p), "<html><body><div class=\"titlebar-title titlebar-title-lg\">Film " + film
                    + "</div>" + cards + "<nav class=\"pagination\"><div class=\"pagination-item-holder\">" + numbers
                    + "</div></nav></body></html>");
        }
        return pages * perPage;
    }

    /** The path of review page {@code page} of {@code film}. */
    static String reviews(int film, int page) {
        return "/film/fichefilm-" + film + "/critiques/spectateurs/" + (page == 1 ? "" : "?page=" + page);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
