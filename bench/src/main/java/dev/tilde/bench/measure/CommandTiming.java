package dev.tilde.bench.measure;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall time of a command run end to end, process start to exit, as a user at a shell sees it.
 *
 * @param command the command line
 * @param medianMillis the median over the measured runs
 * @param minMillis the fastest run
 * @param maxMillis the slowest run
 * @param runs how many runs were measured (after the warm-up runs)
 */
public record CommandTiming(List<String> command, double medianMillis, double minMillis, double maxMillis, int runs) {
  /**
   * Runs {@code command} in {@code dir} {@code warmups} times unmeasured, then {@code runs} times measured, its
   * output discarded.
   *
   * @throws IOException if it cannot start or exits with a status other than 0
   */
  public static CommandTiming measure(List<String> command, Path dir, int warmups, int runs)
      throws IOException, InterruptedException {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < warmups + runs; i++) {
      double took = runOnce(command, dir);
      if (i >= warmups) {
        millis.add(took);
      }
    }
    return new CommandTiming(List.copyOf(command), Stats.median(millis),
        millis.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
        millis.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), runs);
  }

  /** Runs {@code command} once, output discarded; returns its wall time in milliseconds. */
  public static double runOnce(List<String> command, Path dir) throws IOException, InterruptedException {
    Path errors = Files.createTempFile("bench-command", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(errors.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      long start = System.nanoTime();
      Process process = builder.start();
      int status = process.waitFor();
      double millis = (System.nanoTime() - start) / 1e6;
      if (status != 0) {
        throw new IOException(String.join(" ", command) + " exited with status " + status + ": "
            + Files.readString(errors).strip());
      }
      return millis;
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}
