package dev.tilde.cli;

import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The operands a command takes after its options, for the commands' hand-built models. */
final class Operands {
  private Operands() {}

  /** One or more operands, called {@code label} in the usage, each read as a {@code type}, into a list. */
  static PositionalParamSpec oneOrMore(String label, Class<?> type, String description) {
    return PositionalParamSpec.builder().arity("1..*").required(true).paramLabel(label).type(List.class)
        .auxiliaryTypes(type).description(description).build();
  }
}
