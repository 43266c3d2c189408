package dev.tilde.bench.corpus;

/**
 * One document of the benchmark corpus, as every engine receives it.
 *
 * @param id unique within a corpus
 * @param title the title
 * @param date the day it was given, {@code yyyy-mm-dd}
 * @param body the text
 */
public record CorpusDocument(String id, String title, String date, String body) {}
