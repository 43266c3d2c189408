package dev.tilde.cli;

import picocli.CommandLine.Model.OptionSpec;

/** An option that takes no value and is off unless given ({@code --json}), for the commands' hand-built models. */
final class Flag {
  private Flag() {}

  /** A flag called {@code name} (and {@code more} names), to be given its description and built. */
  static OptionSpec.Builder builder(String name, String... more) {
    return OptionSpec.builder(name, more).type(boolean.class).initialValue(false);
  }

  /** The flag {@code name}, with its {@code description}. */
  static OptionSpec of(String name, String description) {
    return builder(name).description(description).build();
  }
}
