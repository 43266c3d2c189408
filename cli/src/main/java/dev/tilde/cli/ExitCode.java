package dev.tilde.cli;

/** The exit codes of the tilde command; scripts depend on them, so they never change meaning. */
public final class ExitCode {
  /** The command did what was asked; for search, at least one hit. */
  public static final int OK = 0;
  /** A search ran and found nothing. */
  public static final int NO_HITS = 1;
  /** Bad usage or bad input: nothing was done, and one line on stderr says why. */
  public static final int USAGE = 2;
  /** An index job finished, but some inputs could not be indexed (listed on stderr). */
  public static final int PARTIAL = 3;

  private ExitCode() {}
}
