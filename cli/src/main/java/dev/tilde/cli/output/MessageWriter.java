package dev.tilde.cli.output;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Tilde's standard error, which every command writes its warnings and errors to: whatever a message quotes (a file
 * name, an NDJSON id or date, a query, an exception's text), each {@code println} is one line of inert text. Every
 * character {@link TerminalText} calls unsafe is replaced as it is written, line breaks within a message included, and
 * a line longer than {@value #HEAD} + {@value #TAIL} characters loses its middle to "…", keeping the start and the
 * reason at the end. A line ends only with {@code println}; {@code %n} in a format is a space.
 *
 * <p>The only escape sequence it writes is its own, to redraw a progress line in place ({@link #redraw}).
 */
public final class MessageWriter extends PrintWriter {
  /** Characters kept from the start of an over-long line: room for two long paths and a reason between them. */
  static final int HEAD = 600;
  /** Characters kept from its end, where messages say what to do ("rebuild it with …"). */
  static final int TAIL = 400;
  private static final String CLEAR_LINE = "\r\u001b[K";

  /** The line being written, made safe; over-long, it holds the head and at least the last {@link #TAIL} chars. */
  private final StringBuilder line = new StringBuilder();
  private boolean cut;

  private MessageWriter(Writer target) {
    super(target, true);
  }

  /** {@code err} itself if it is already a message writer, else one writing to it. */
  public static MessageWriter of(PrintWriter err) {
    return err instanceof MessageWriter messages ? messages : new MessageWriter(err);
  }

  @Override
  public void write(int c) {
    synchronized (lock) {
      add((char) c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) {
    synchronized (lock) {
      for (int i = off; i < off + len; i++) {
        add(buf[i]);
      }
    }
  }

  @Override
  public void write(String s, int off, int len) {
    synchronized (lock) {
      for (int i = off; i < off + len; i++) {
        add(s.charAt(i));
      }
    }
  }

  @Override
  public void println() {
    synchronized (lock) {
      emit();
      super.println();
    }
  }

  @Override
  public void flush() {
    synchronized (lock) {
      emit();
      super.flush();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      emit();
      super.close();
    }
  }

  /** Replaces the terminal's current line with {@code text}, made safe; for a progress line that updates in place. */
  public void redraw(String text) {
    synchronized (lock) {
      emit();
      super.write(CLEAR_LINE, 0, CLEAR_LINE.length());
      write(text);
      emit();
      super.flush();
    }
  }

  /** Blanks the terminal's current line, where {@link #redraw} drew. */
  public void clearLine() {
    synchronized (lock) {
      emit();
      super.write(CLEAR_LINE, 0, CLEAR_LINE.length());
      super.flush();
    }
  }

  private void add(char c) {
    line.append(TerminalText.shown(c));
    if (line.length() >= HEAD + 2 * TAIL) { // drop the middle now, so a 1 MB message costs no memory
      cutMiddle();
    }
  }

  /** Writes out what is pending of the current line, its middle replaced by "…" if it is too long. */
  private void emit() {
    if (cut || line.length() > HEAD + TAIL) {
      line.insert(cutMiddle(), TerminalText.ELLIPSIS);
    }
    if (!line.isEmpty()) {
      super.write(line.toString(), 0, line.length());
    }
    line.setLength(0);
    cut = false;
  }

  /** Keeps the first {@link #HEAD} and the last {@link #TAIL} chars, never half a surrogate pair; returns the seam. */
  private int cutMiddle() {
    int from = Character.isHighSurrogate(line.charAt(HEAD - 1)) ? HEAD - 1 : HEAD;
    int to = line.length() - TAIL;
    if (Character.isLowSurrogate(line.charAt(to))) {
      to++;
    }
    line.delete(from, to);
    cut = true;
    return from;
  }
}
