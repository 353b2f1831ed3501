/**
 * The streaming French Wikipedia reader: {@link humeur.corpora.wikipedia.WikipediaDump} opens a
 * {@code frwiki-*-pages-articles*.xml.bz2} dump (multistream or not, or the plain XML) and reads its articles as
 * {@link humeur.corpora.wikipedia.Document}s of clean paragraphs, in constant memory whatever the dump's size.
 */
package humeur.corpora.wikipedia;
