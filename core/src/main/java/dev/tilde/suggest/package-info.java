/**
 * "Did you mean": {@link dev.tilde.suggest.SpellingSuggester} proposes a corrected query made of the words the index
 * itself holds, when a query finds little or has a word no document has.
 */
package dev.tilde.suggest;
