/**
 * Finding the article in a news page's text: {@link dev.tilde.indexer.article.NewsText} sets the site's chrome
 * aside and reads the headline, the text, and the publication date and source the page states.
 */
package dev.tilde.indexer.article;
