/**
 * Query building: {@link dev.tilde.query.QueryBuilder} turns what a user typed (the classic syntax, or plain keywords
 * when it does not parse) into a bounded Lucene query over Tilde's fields and forms, with typo tolerance whose
 * Levenshtein automata are shared between fields and searches. Its scoring model: each word scores once, as the best
 * of its forms over title and body taken as one field ({@code WordQueries}), the words of a run coordinate
 * ({@code Coordination}: more of them rank above fewer, titles and honorifics only beside a name), and words in
 * order earn a boost, through a typo's expansions too ({@code WordOrder}), and so, less, does a given name's other
 * form next to the surname typed beside it: another language's, a nickname, the names an initial stands for
 * ({@code NameWords}, {@code NameVariants}, {@code NameRuns}).
 */
package dev.tilde.query;
