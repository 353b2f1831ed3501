package humeur.corpora.bench;

import humeur.corpora.wikipedia.DumpWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a French-Wikipedia-like dump for benchmarks: the page mix of a real {@code pages-articles} dump (a third
 * redirects, some disambiguation and non-article pages) and articles with the markup of real ones: infobox with
 * nested templates, references with citation templates, piped links, inline templates, files with captions, tables,
 * lists, reference and link sections, categories and portals. Seeded: the same arguments write the same dump.
 */
final class SyntheticWiki {
    private static final String[] WORDS = ("le la les un une des de du et à en dans pour sur par avec sans sous entre "
            + "ville village commune région département pays capitale fleuve rivière montagne vallée château église abbaye "
            + "roi reine comte duc seigneur peuple armée guerre bataille traité paix siècle année époque histoire origine "
            + "nom population habitants économie industrie agriculture commerce port gare route chemin pont marché "
            + "musique peinture roman poète écrivain artiste œuvre théâtre film acteur réalisateur album chanson groupe "
            + "est était fut devient reste compte possède accueille situe trouve construit fonde détruit reconstruit "
            + "grand petit ancien nouveau célèbre important principal premier dernier français européen local national "
            + "nord sud est ouest centre partie ensemble plusieurs nombreux quelques autres tous elle il ils elles "
            + "aujourd'hui depuis pendant après avant lorsque alors ainsi cependant notamment également toujours").split(" ");
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] CENTURIES = {"XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

    private final SplittableRandom random;
    private final StringBuilder page = new StringBuilder();

    private SyntheticWiki(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes about {@code wikitextBytes} bytes of wikitext as a multistream dump; returns pages and bytes written. */
    static long[] write(Path file, long wikitextBytes, long seed) throws IOException {
        SyntheticWiki wiki = new SyntheticWiki(seed);
        long bytes = 0;
        long pages = 0;
        try (DumpWriter dump = DumpWriter.multistream(file, "frwiki")) {
            for (long id = 3; bytes < wikitextBytes; id++) {
                int kind = wiki.random.nextInt(100);
                String title = wiki.title();
                String text;
                if (kind < 33) {
                    dump.redirect(id, title, wiki.title());
                    text = "#REDIRECTION [[" + title + "]]";
                } else if (kind < 35) {
                    text = wiki.disambiguation(title);
                    dump.page(id, 0, title, text);
                } else if (kind < 45) {
                    text = wiki.paragraph(4);
                    dump.page(id, kind < 40 ? 10 : 14, (kind < 40 ? "Modèle:" : "Catégorie:") + title, text);
                } else {
                    text = wiki.article(title);
                    dump.page(id, 0, title, text);
                }
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                pages++;
            }
        }
        return new long[] {pages, bytes};
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String title() {
        String w = word() + " " + word();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + (random.nextInt(4) == 0 ? " (" + word() + ")" : "");
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        int length = 8 + random.nextInt(18);
        for (int i = 0; i < length; i++) {
            s.append(i == 0 ? "" : " ");
            int markup = random.nextInt(40);
            switch (markup) {
                case 0, 1, 2 -> s.append("[[").append(title()).append('|').append(word()).append("]]");
                case 3, 4 -> s.append("[[").append(word()).append("]]");
                case 5 -> s.append("''").append(word()).append("''");
                case 6 -> s.append("{{date|").append(1 + random.nextInt(28)).append('|').append(MONTHS[random.nextInt(12)])
                        .append('|').append(1500 + random.nextInt(520)).append("}}");
                case 7 -> s.append("au {{s|").append(CENTURIES[random.nextInt(CENTURIES.length)]).append("}}");
                case 8 -> s.append("{{unité|").append(random.nextInt(100_000)).append("|habitants}}");
                case 9 -> s.append(word()).append("<ref>{{Lien web |langue=fr |titre=").append(title()).append(" |url=https://www.example.fr/")
                        .append(random.nextInt(1_000_000)).append(" |site=example.fr |consulté le=").append(1 + random.nextInt(28))
                        .append(' ').append(MONTHS[random.nextInt(12)]).append(" 2024}}.</ref>");
                case 10 -> s.append(word()).append("<ref name=\"r").append(random.nextInt(20)).append("\" />");
                case 11 -> s.append("l{{'}}").append(word());
                case 12 -> s.append(word()).append("&nbsp;:");
                default -> s.append(word());
            }
        }
        return s.append('.').toString();
    }

    private String paragraph(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence());
        }
        return p.toString();
    }

    private String article(String title) {
        page.setLength(0);
        page.append("{{Voir homonymes|").append(title).append("}}\n{{Infobox Commune de France\n | nom = ").append(title)
                .append("\n | image = ").append(word()).append(".jpg\n | légende = Vue de [[").append(title()).append("]]\n");
        for (int i = 0; i < 12; i++) {
            page.append(" | ").append(word()).append(i).append(" = ").append(i % 3 == 0 ? "{{formatnum:" + random.nextInt(1_000_000) + "}}"
                    : i % 3 == 1 ? "[[" + title() + "]]" : "{{Coord|48|51|N|2|21|E|{{nobr|" + word() + "}}}}").append('\n');
        }
        page.append("}}\n'''").append(title).append("''' est une ").append(paragraph(1 + random.nextInt(3))).append("\n\n");
        int sections = 2 + random.nextInt(7);
        for (int s = 0; s < sections; s++) {
            page.append("== ").append(title()).append(" ==\n");
            if (random.nextInt(4) == 0) {
                page.append("[[Fichier:").append(word()).append(".jpg|vignette|gauche|Le [[").append(title()).append("]] vers 1900.]]\n");
            }
            for (int p = 1 + random.nextInt(4); p > 0; p--) {
                page.append(paragraph(2 + random.nextInt(5))).append("\n\n");
            }
            if (random.nextInt(5) == 0) {
                page.append("{| class=\"wikitable\"\n|+ Évolution\n|-\n! Année !! Population\n");
                for (int r = 0; r < 8; r++) {
                    page.append("|-\n| ").append(1800 + 25 * r).append(" || {{formatnum:").append(random.nextInt(50_000)).append("}}\n");
                }
                page.append("|}\n");
            }
            if (random.nextInt(4) == 0) {
                for (int l = 0; l < 5; l++) {
                    page.append("* ").append(sentence()).append('\n');
                }
            }
            if (random.nextInt(10) == 0) {
                page.append("<!-- À compléter : ").append(sentence()).append(" -->\n");
            }
        }
        page.append("== Notes et références ==\n{{Références|colonnes=2}}\n\n== Voir aussi ==\n=== Articles connexes ===\n");
        for (int l = 0; l < 4; l++) {
            page.append("* [[").append(title()).append("]]\n");
        }
        page.append("=== Liens externes ===\n* [https://www.example.fr/").append(random.nextInt(1000)).append(" Site officiel]\n\n")
                .append("{{Portail|France|communes de France}}\n\n[[Catégorie:").append(title()).append("]]\n[[Catégorie:")
                .append(title()).append("]]\n");
        return page.toString();
    }

    private String disambiguation(String title) {
        StringBuilder d = new StringBuilder("'''").append(title).append("''' peut désigner :\n");
        for (int i = 0; i < 6; i++) {
            d.append("* [[").append(title()).append("]], ").append(word()).append(' ').append(word()).append(" ;\n");
        }
        return d.append("{{Homonymie}}\n").toString();
    }
}
