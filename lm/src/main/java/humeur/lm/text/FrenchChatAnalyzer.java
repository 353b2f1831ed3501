package humeur.lm.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * The French chat analysis chain: fastai's tokenisation rules as Lucene parts, in this order.
 * <ol>
 *   <li>{@code ChatTokenizer}: words, numbers, URLs, e-mails, @mentions, emoji, emoticons, punctuation runs, symbols;</li>
 *   <li>{@code CompatibilityFilter}: Unicode NFKC ({@code …} → {@code ...}, composed accents, styled letters);</li>
 *   <li>{@code ApostropheFilter}: {@code ’} → {@code '} inside words;</li>
 *   <li>{@code ElisionSplitFilter}: {@code l'amour} → {@code l'} {@code amour};</li>
 *   <li>{@code LinkFilter}: URLs → {@code xxurl}, e-mail addresses → {@code xxemail};</li>
 *   <li>{@code MentionFilter}: {@code @marie} → {@code @user};</li>
 *   <li>{@code WordRepetitionFilter}: {@code non non non} → {@code xxwrep 3 non};</li>
 *   <li>{@code AllCapsFilter}: {@code xxup} before words in capitals;</li>
 *   <li>{@code CapitalisedFilter}: {@code xxmaj} before capitalised words;</li>
 *   <li>{@code CharRepetitionFilter}: {@code trooop} → {@code tr xxrep 3 o p};</li>
 *   <li>Lucene's {@code LowerCaseFilter};</li>
 *   <li>{@code BeginningOfTextFilter}: {@code xxbos} first.</li>
 * </ol>
 * Case is marked before characters are counted, so that {@code NOOOON} keeps its {@code xxup}; words are compared for
 * repetition before case is marked, as fastai does. fastai's other rules come free: the tokenizer makes {@code / # \}
 * tokens of their own and never keeps spaces; HTML is the corpus readers' business. Like every Lucene analyzer, one
 * instance serves all threads, each reusing its own chain; close it when done.
 */
public final class FrenchChatAnalyzer extends Analyzer {
    /** Creates the analyzer; its chains are built per thread on first use. */
    public FrenchChatAnalyzer() {
        super();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ChatTokenizer source = new ChatTokenizer();
        TokenStream chain = new CompatibilityFilter(source);
        chain = new ApostropheFilter(chain);
        chain = new ElisionSplitFilter(chain);
        chain = new LinkFilter(chain);
        chain = new MentionFilter(chain);
        chain = new WordRepetitionFilter(chain);
        chain = new AllCapsFilter(chain);
        chain = new CapitalisedFilter(chain);
        chain = new CharRepetitionFilter(chain);
        chain = new LowerCaseFilter(chain);
        chain = new BeginningOfTextFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}
