package dev.tilde.analysis;

/**
 * One token an analysis chain produced, as {@code tilde analyze} shows it.
 *
 * @param term the indexed term
 * @param position its position (stacked forms share one)
 * @param positionLength how many positions it spans (more than one for a multi-word alias standing for one word)
 * @param startOffset where it starts in the text, in chars
 * @param endOffset where it ends in the text, in chars (exclusive)
 * @param type the tokenizer's type for it, such as {@code <ALPHANUM>} or {@code SYNONYM}
 */
public record Token(String term, int position, int positionLength, int startOffset, int endOffset, String type) {}
