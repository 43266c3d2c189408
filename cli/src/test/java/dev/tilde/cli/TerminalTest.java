package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void anOrdinaryTerminalAllowsColourAndRedrawing() {
    Map<String, String> env = Map.of("TERM", "xterm-256color");

    assertThat(Terminal.colourAllowed(env)).isTrue();
    assertThat(Terminal.redrawAllowed(env)).isTrue();
  }

  @Test
  void aDumbTerminalGetsNoColourAndNoProgressLine() {
    Map<String, String> env = Map.of("TERM", "dumb");

    assertThat(Terminal.colourAllowed(env)).isFalse();
    assertThat(Terminal.redrawAllowed(env)).isFalse();
  }

  @Test
  void noColorTurnsColourOffButKeepsTheProgressLine() {
    Map<String, String> env = Map.of("TERM", "xterm", "NO_COLOR", "1");

    assertThat(Terminal.colourAllowed(env)).isFalse();
    assertThat(Terminal.redrawAllowed(env)).isTrue();
  }

  @Test
  void withoutTermColourIsStillAllowed() {
    assertThat(Terminal.colourAllowed(Map.of())).isTrue();
  }
}
