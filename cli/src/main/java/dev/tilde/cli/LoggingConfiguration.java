package dev.tilde.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The java.util.logging configuration of the {@code tilde} command: the JDK's own, with the notice Lucene logs about
 * its optional vector module turned off (advice for servers, noise for a command line).
 *
 * <p>{@code tilde} names this class in {@code java.util.logging.config.class} before anything logs, and LogManager
 * makes one when it starts, on whichever thread first logs (Lucene, opening the index): the notice is off before it
 * can be logged, and a run that never logs never starts java.util.logging, which costs a one-shot command tens of
 * milliseconds of its start-up.
 */
public final class LoggingConfiguration {
  private static final String PROPERTY = "java.util.logging.config.class";
  private static final String LUCENE_VECTORIZATION = "org.apache.lucene.internal.vectorization";

  /**
   * Reads the JDK's logging configuration ({@code conf/logging.properties}) with Lucene's vectorization logger off:
   * what LogManager calls when this class is its configuration class.
   *
   * @throws IOException if LogManager cannot read the configuration
   */
  public LoggingConfiguration() throws IOException {
    byte[] jdkDefault;
    try {
      jdkDefault = Files.readAllBytes(Path.of(System.getProperty("java.home"), "conf", "logging.properties"));
    } catch (IOException | RuntimeException e) {
      jdkDefault = new byte[0]; // a runtime without it logs nowhere, as LogManager does without a configuration
    }
    byte[] quiet = ("\n" + LUCENE_VECTORIZATION + ".level = OFF\n").getBytes(StandardCharsets.ISO_8859_1);
    LogManager.getLogManager().readConfiguration(
        new SequenceInputStream(new ByteArrayInputStream(jdkDefault), new ByteArrayInputStream(quiet)));
  }

  /**
   * Makes LogManager read this configuration when it starts, unless the user named a configuration of their own; to
   * be called before anything logs.
   */
  static void install() {
    if (System.getProperty(PROPERTY) == null && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty(PROPERTY, LoggingConfiguration.class.getName());
    }
  }

  /**
   * Turns Lucene's notice off: by this configuration when it is installed (without starting java.util.logging now),
   * else, as in tests, embedding or a user's own configuration, by setting the logger's level.
   */
  static void quietLucene() {
    if (!LoggingConfiguration.class.getName().equals(System.getProperty(PROPERTY))) {
      Quieted.LOGGER.setLevel(Level.OFF);
    }
  }

  /** Holds the quieted logger: java.util.logging keeps loggers weakly, and a new one would log again. */
  private static final class Quieted {
    static final Logger LOGGER = Logger.getLogger(LUCENE_VECTORIZATION);
  }
}
