package dev.tilde.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar's manifest at build time, with the Lucene and Java it runs on. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = TildeCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "tilde " + (version == null ? "(development build)" : version),
      "Lucene " + org.apache.lucene.util.Version.LATEST + ", Java " + Runtime.version() + " ("
          + System.getProperty("java.vendor") + ")"
    };
  }
}
