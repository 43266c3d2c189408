package dev.tilde.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = TildeCommand.class.getPackage().getImplementationVersion();
    return new String[] {"tilde " + (version == null ? "(development build)" : version)};
  }
}
