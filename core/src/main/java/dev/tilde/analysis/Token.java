package dev.tilde.analysis;

/**
 * One token an analysis chain produced, as {@code tilde analyze} shows it.
 *
 * @param term the indexed term
 * @param position its position (stacked forms share one)
 * @param startOffset where it starts in the text, in chars
 * @param endOffset where it ends in the text, in chars (exclusive)
 * @param type the tokenizer's type for it, such as {@code <ALPHANUM>} or {@code SYNONYM}
 */
public record Token(String term, int position, int startOffset, int endOffset, String type) {}
