/**
 * Query building: {@link dev.tilde.query.QueryBuilder} turns what a user typed (the classic syntax, or plain keywords
 * when it does not parse) into a bounded Lucene query over Tilde's fields and forms, with typo tolerance whose
 * Levenshtein automata are shared between fields and searches.
 */
package dev.tilde.query;
