package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code tilde index --to} and {@code tilde search --from} refuse what they cannot do with one line and exit code 2;
 * loading and searching a real cluster are proven in the OpenSearch module's tests.
 */
class ClusterOptionsTest {
  private static final String SEEDS = System.getProperty("tilde.seeds", "../seeds");
  private static String nowhere;

  @BeforeAll
  static void closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nowhere = "http://127.0.0.1:" + socket.getLocalPort() + "/news";
    }
  }

  @Test
  void clusterOptionsWithoutAClusterAreAUsageError() {
    CliRun run = CliRun.of("index", "--shards", "2", SEEDS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("tilde: --shards, --replicas and --aliases go with --to").hasLineCount(1);
  }

  @Test
  void aLocalIndexAndAClusterAtOnceAreAUsageError() {
    assertThat(CliRun.of("index", "--to", nowhere, "--index", "x", SEEDS).err())
        .startsWith("tilde: --to loads into a cluster");
    CliRun search = CliRun.of("search", "--from", nowhere, "--index", "x", "obrador");
    assertThat(search.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(search.err()).startsWith("tilde: --from searches a cluster");
  }

  @Test
  void aBadAddressOrAClusterNobodyAnswersForIsOneLine() {
    CliRun bad = CliRun.of("index", "--to", "localhost:9200/news", SEEDS);
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).isEqualTo("tilde: bad OpenSearch index address 'localhost:9200/news': not an http:// or"
        + " https:// URL (expected http://HOST:PORT/INDEX)" + System.lineSeparator());

    for (CliRun run : new CliRun[] {CliRun.of("index", "--to", nowhere, SEEDS), CliRun.of("search", "--from", nowhere,
        "obrador")}) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).startsWith("tilde: cannot reach OpenSearch at http://127.0.0.1:").hasLineCount(1);
    }
  }
}
