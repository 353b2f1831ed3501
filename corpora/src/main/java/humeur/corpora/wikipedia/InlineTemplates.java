package humeur.corpora.wikipedia;

import humeur.corpora.wikipedia.InlineRenderer.Param;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few French Wikipedia templates that write words into a sentence, rendered so that dropping them does not
 * leave holes: {@code le {{date|14|juillet|1789}}}, {@code au {{s|XIX}}}, {@code le {{1er}} mai},
 * {@code l{{'}}homme}, {@code {{lang|en|the}}}, {@code {{unité|12|km}}}. Every other template (infoboxes, banners,
 * citations, navigation) is dropped by the caller.
 */
final class InlineTemplates {
    private static final Map<String, String> LITERAL = Map.of("'", "'", "apostrophe", "'", "!", "|", "=", "=", "·", " · ");
    private static final Set<String> FUNCTIONS = Set.of("formatnum", "lc", "uc", "lcfirst", "ucfirst");
    private static final Set<String> FIRST = Set.of("romain", "rom", "rom-maj", "rom-min", "sc", "petites capitales",
            "pc", "nobr", "nowrap", "souligner", "exp", "sup", "abréviation", "abr", "japonais", "chinois", "coréen");
    private static final Set<String> LANGUAGE = Set.of("lang", "langue");
    private static final Set<String> DATES = Set.of("date", "date-", "date de naissance", "date de décès");
    private static final Set<String> QUANTITIES = Set.of("unité", "nombre", "nb", "unit");
    private static final Set<String> QUOTATIONS = Set.of("citation", "citation bloc", "guil", "guillemets");
    private static final Map<String, String> CENTURIES = Map.of("s", " siècle", "siècle", " siècle", "s-", "",
            "-s", " siècle av. J.-C.", "-s-", " av. J.-C.");
    private static final Set<String> KNOWN = union(FIRST, LANGUAGE, DATES, QUANTITIES, QUOTATIONS, CENTURIES.keySet(), Set.of("lien"));
    private static final Pattern ORDINAL = Pattern.compile("([0-9]+|[IVXLCDM]+)?(er|re|e|ers|res|nd|nde|ème)");
    private static final Pattern CENTURY = Pattern.compile("[IVXLC]+e?r? (siècle|millénaire)( av\\. J\\.-C\\.)?");

    private InlineTemplates() {
    }

    /**
     * Renders the template {@code name} ({@code key} once {@link Names#normalise normalised}) with {@code params}
     * into {@code renderer}; false when it is not one of these.
     */
    static boolean render(String name, String key, List<Param> params, InlineRenderer renderer, int depth) {
        String literal = LITERAL.get(key);
        if (literal != null) {
            renderer.append(literal);
            return true;
        }
        int colon = key.indexOf(':');
        if (colon > 0 && FUNCTIONS.contains(key.substring(0, colon))) {
            renderer.append(name.substring(name.indexOf(':') + 1).strip());
            return true;
        }
        if ((name.length() <= 8 && ORDINAL.matcher(name).matches())
                || ((key.contains("siècle") || key.contains("millénaire")) && CENTURY.matcher(name).matches())) {
            renderer.append(name);
            return true;
        }
        if (!KNOWN.contains(key)) {
            return false;
        }
        List<Param> positional = params.stream().filter(p -> p.key() == null && p.to() > p.from()).toList();
        if (LANGUAGE.contains(key)) {
            Param text = named(params, "texte");
            return render(text != null ? text : positional.size() >= 2 ? positional.get(positional.size() - 1) : null, renderer, depth);
        }
        if (DATES.contains(key)) {
            return join(positional.subList(0, Math.min(3, positional.size())), renderer, depth);
        }
        if (QUANTITIES.contains(key)) {
            return join(positional.subList(0, Math.min(2, positional.size())), renderer, depth);
        }
        if (QUOTATIONS.contains(key) && !positional.isEmpty()) {
            renderer.append("« ");
            render(positional.get(0), renderer, depth);
            renderer.append(" »");
            return true;
        }
        if (CENTURIES.containsKey(key) && !positional.isEmpty()) {
            String numeral = renderer.raw(positional.get(0));
            renderer.append(numeral + (numeral.equals("I") ? "er" : "e") + CENTURIES.get(key));
            return true;
        }
        if (key.equals("lien")) {
            Param text = named(params, "texte");
            text = text != null ? text : named(params, "fr");
            return render(text != null ? text : positional.isEmpty() ? null : positional.get(0), renderer, depth);
        }
        return FIRST.contains(key) && render(positional.isEmpty() ? null : positional.get(0), renderer, depth);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static Param named(List<Param> params, String key) {
        for (Param param : params) {
            if (key.equals(param.key()) && param.to() > param.from()) {
                return param;
            }
        }
        return null;
    }

    private static boolean render(Param param, InlineRenderer renderer, int depth) {
        if (param == null) {
            return false;
        }
        renderer.render(param.from(), param.to(), depth);
        return true;
    }

    private static boolean join(List<Param> params, InlineRenderer renderer, int depth) {
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                renderer.append(" ");
            }
            renderer.render(params.get(i).from(), params.get(i).to(), depth);
        }
        return !params.isEmpty();
    }
}
