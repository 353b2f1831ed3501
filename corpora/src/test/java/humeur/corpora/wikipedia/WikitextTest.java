package humeur.corpora.wikipedia;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wikitext into clean paragraphs: what is kept, what goes, and broken markup that must not swallow the page. */
class WikitextTest {

    private static List<String> clean(String wikitext) {
        return Wikitext.clean(wikitext).paragraphs();
    }

    private static String one(String wikitext) {
        List<String> paragraphs = clean(wikitext);
        assertEquals(1, paragraphs.size(), paragraphs::toString);
        return paragraphs.get(0);
    }

    @Test
    void linksKeepTheirText() {
        assertEquals("Il vit à la capitale, à Lyon et chez les chats de Marseille.",
                one("Il vit à [[Paris|la capitale]], à [[Lyon]] et chez les [[chat]]s de [[Marseille (ville)|Marseille]]."));
        assertEquals("Voir les chats et wikt: le mot et Portail:Paris.",
                one("Voir [[:Catégorie:Chats|les chats]] et [[wikt:mot|wikt: le mot]] et [[Portail:Paris]]."));
        assertEquals("Le site officiel et la suite.", one("Le [http://www.paris.fr site ''officiel''] et[https://x.org/a] la suite."));
    }

    @Test
    void templatesGoEvenNestedButInlineOnesWriteTheirWords() {
        assertEquals("Le chat dort.", one("Le {{Infobox Animal|nom={{lang|la|Felis}}|image=[[Fichier:Chat.jpg]]|\n|poids={{unité|4|kg}}}}chat dort."));
        assertEquals("Né le 14 juillet 1789 au XIXe siècle, le 1er mai, l'homme dit the cat sur 12 km au XXe.",
                one("Né le {{date|14|juillet|1789}} au {{s|XIX}}, le {{1er}} mai, l{{'}}homme dit {{lang|en|the cat}} "
                        + "sur {{unité|12|km}} au {{s-|XX}}."));
        assertEquals("Le « Bonjour » de Paris.", one("Le {{citation|Bonjour}} de [[Paris]]{{refnec}}."));
    }

    @Test
    void referencesCommentsAndNonProseTagsGo() {
        assertEquals("Paris est grande et belle.",
                one("Paris<ref>Source {{lien web|url=http://x|titre=X}}.</ref> est<ref name=\"a\"/> grande<ref name=b /> "
                        + "et <!-- commentaire\n\nsur plusieurs lignes --> <span style=\"color:red\">belle</span>."));
        assertEquals(List.of("Avant.", "Après x2 et y."), clean("Avant.\n<gallery>\nA.jpg|Une\nB.jpg|Deux\n</gallery>\n\n"
                + "Après x<sup>2</sup> et <math>\\frac{1}{2}</math>y.<br />\n<references />"));
        assertEquals("a < b et c > d", one("a < b et c > d"));
    }

    @Test
    void tablesFilesCategoriesAndInterlanguageLinksGo() {
        assertEquals(List.of("Texte."), clean("{| class=\"wikitable\"\n|-\n! A !! B\n|-\n| a || b\n{|\n| imbriquée\n|}\n| c\n|}\nTexte."));
        assertEquals(List.of("Texte après."), clean("{{Boîte|contenu=\n{|\n| dans un modèle\n|}\n}}\nTexte après."));
        assertEquals("Texte.", one("[[Fichier:Paris.jpg|vignette|Vue de [[Paris]] la [[nuit|nuit]].]]Texte.[[Image:x.png]]"));
        assertEquals(List.of("Fin."), clean("Fin.\n\n[[Catégorie:Ville de France]]\n[[en:Paris]]\n[[zh-min-nan:Paris]]\n__NOTOC__"));
    }

    @Test
    void quotesHeadingsListsAndReferenceSections() {
        String page = "'''Paris''' est la ''capitale''. C'est l''''aînée'''.\n"
                + "Elle est grande.\n\n== Histoire ==\nLa ville est ancienne.\n"
                + "=== Antiquité ===\n* Lutèce ;\n** les Parisii.\n# Premier\n: indenté\n"
                + "== Notes et références ==\n{{Références}}\n* Une source.\n=== Sous-section ===\nToujours des notes.\n"
                + "== Économie ==\nElle est riche.\n----\n== Voir aussi ==\n* [[Lyon]]";
        assertEquals(List.of("Paris est la capitale. C'est l'aînée. Elle est grande.", "La ville est ancienne.", "Lutèce ;",
                "les Parisii.", "Premier", "indenté", "Elle est riche."), clean(page));
    }

    @Test
    void aLineOfDroppedMarkupDoesNotSplitAParagraph() {
        assertEquals(List.of("Ligne un ligne deux.", "Nouveau paragraphe."),
                clean("{{Ébauche}}\nLigne un\n{{Pas de source}}\nligne deux.<ref>x</ref>\n\nNouveau paragraphe."));
    }

    @Test
    void holesLeftByDroppedTemplatesAreMended() {
        assertEquals("Lyon (en Liyon) est une ville, sur le Rhône.",
                one("'''Lyon''' ({{prononciation|lj|ɔ̃}} ; en {{lang|frp|Liyon}}) est une ville {{refnec}}, sur le Rhône {{sfn|X}}."));
        assertEquals("Lyon est une ville.", one("Lyon ({{prononciation|lj|ɔ̃}}) est une ville."));
        assertEquals("Deux points : oui ; non ! (vrai)", Blocks.tidyHoles("Deux points : oui ; non ! (vrai)"));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("5\u00A0km & plus : é é 😀 &inconnu; &#xD800; — fin", one("5&nbsp;km &amp; plus : &#233; &eacute; &#x1F600; &inconnu; &#xD800; &mdash; fin"));
        assertEquals("Texte <ref> échappé.", one("Texte &lt;ref&gt; échappé."));
    }

    @Test
    void unbalancedMarkupKeepsTheTextAround() {
        assertEquals("Texte non fermé et lien suite.", one("Texte {{non fermé et [[lien]] suite."));
        assertEquals("jamais fermé texte", one("[[jamais fermé texte"));
        assertEquals("Fin du modèle. Reste.", one("Fin}} du modèle.]] Reste."));
        assertEquals("Un texte", one("Un {{modèle|[[lien}} texte"), "the template closes; the link inside it was never one");
        assertEquals("Avant", one("Avant <!-- jamais fermé\n\nTout le reste"));
        assertEquals("Avant jamais fermée et après.", one("Avant <ref>jamais fermée et après."), "as MediaWiki: text, not a reference");
        assertEquals("Avant et [http://x.org sans fin après.", one("Avant et [http://x.org sans fin\naprès."), "no closing bracket on its line: text");
    }

    @Test
    void disambiguationPagesAreRecognised() {
        assertTrue(Wikitext.clean("'''Mercure''' peut désigner :\n* [[Mercure (planète)]]\n{{Homonymie}}").disambiguation());
        assertTrue(Wikitext.clean("* [[A]]\n{{homonymie}}").disambiguation());
        assertTrue(Wikitext.clean("* [[A]]\n{{Bandeau standard pour page d'homonymie}}").disambiguation());
        assertTrue(Wikitext.clean("* [[A]]\n[[Catégorie:Homonymie de patronyme]]").disambiguation());
        assertFalse(Wikitext.clean("{{Voir homonymes|Mercure}}\n'''Mercure''' est une planète.").disambiguation());
    }
}
