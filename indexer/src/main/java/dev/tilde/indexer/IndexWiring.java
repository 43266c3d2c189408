package dev.tilde.indexer;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What an indexing job talks to while it runs: the stream it reads standard input from and whom it tells about
 * problems and progress. The job's settings are {@link IndexSettings}.
 *
 * @param stdin where {@link Indexer#STDIN} reads NDJSON from
 * @param warnings told about every problem as it happens (failed inputs, recoverable problems), one line each
 * @param progress told a few times a second how far the job has got, or {@code null} for no progress reports
 */
public record IndexWiring(InputStream stdin, Consumer<String> warnings, Consumer<IndexProgress> progress) {
  /** Checks that standard input and the warnings have somewhere to come from and go to. */
  public IndexWiring {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(warnings, "warnings");
  }

  /** {@return standard input from {@link System#in}, warnings ignored, no progress reports} */
  public static IndexWiring defaults() {
    return new IndexWiring(System.in, warning -> { }, null);
  }
}
