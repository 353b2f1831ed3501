package humeur.corpora.wikipedia;

import java.util.Set;

/**
 * Recognises French Wikipedia's disambiguation pages, which are lists of links rather than prose: by their banner
 * templates, all listed here, or by a category whose name starts with {@code Homonymie}. Hatnotes that point to a
 * disambiguation page from an article ({@code {{Voir homonymes}}}, {@code {{Autre}}}) are not among them.
 */
final class Disambiguation {
    private static final Set<String> TEMPLATES = Set.of("homonymie", "bandeau standard pour page d'homonymie",
            "patronymie", "toponymie", "hydronymie", "batailles homonymes", "homonymie bateau",
            "homonymie de clubs sportifs", "homonymie dynastique", "homonymie de comtés", "homonymie de communes",
            "homonymie de localités", "homonymie de monument", "homonymie de route", "homonymie de sigle",
            "disambig", "disambiguation");

    private Disambiguation() {
    }

    /** Whether the template whose {@link Names#normalise normalised} name is {@code key} marks a disambiguation page. */
    static boolean isTemplate(String key) {
        return TEMPLATES.contains(key);
    }

    /** Whether the category link {@code target} ({@code Catégorie:Homonymie de patronyme}) marks one. */
    static boolean isCategory(String target) {
        return Names.normalise(target.substring(target.indexOf(':') + 1)).startsWith("homonymie");
    }
}
