/**
 * Why a hit matched: the query builder records, for each clause it builds, the typed word it stands for and the
 * {@link dev.tilde.why.MatchKind kind} of match it is ({@link dev.tilde.why.WordClauses}); asked for, a search tests
 * those clauses on each hit of the page and reports which matched, with the document's own word ({@link
 * dev.tilde.why.WordMatch}). Plain searches build the record only, and test nothing.
 */
package dev.tilde.why;
