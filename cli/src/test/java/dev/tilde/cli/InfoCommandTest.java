package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.schema.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {
  private static final String SEEDS = System.getProperty("tilde.seeds", "../seeds");

  @TempDir Path dir;

  @Test
  void describesTheIndexForPeopleAndScripts() throws Exception {
    String index = dir.resolve("index").toString();
    CliRun.of("index", "--index", index, SEEDS);

    CliRun text = CliRun.of("info", "--index", index);
    CliRun json = CliRun.of("info", "--index", index, "--json");

    assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(text.out()).contains("documents     5").contains("analysis      " + Schema.ANALYSIS_VERSION)
        .contains("last job      complete").contains("inputs        " + Path.of(SEEDS).toAbsolutePath().normalize());
    JsonNode info = new ObjectMapper().readTree(json.out());
    assertThat(info.fieldNames()).toIterable().containsExactly("index", "documents", "deleted_documents",
        "segments", "size_bytes", "analysis", "analysis_compatible", "last_commit", "last_job_complete", "inputs");
    assertThat(info.get("documents").asInt()).isEqualTo(5);
    assertThat(info.get("segments").asInt()).isPositive();
    assertThat(info.get("size_bytes").asLong()).isPositive();
    assertThat(info.get("analysis_compatible").asBoolean()).isTrue();
    assertThat(info.get("inputs").get(0).asText()).isEqualTo(Path.of(SEEDS).toAbsolutePath().normalize().toString());
  }

  @Test
  void noIndexIsOneErrorLineWithAHint() {
    String missing = dir.resolve("nowhere").toString();

    CliRun run = CliRun.of("info", "--index", missing);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).containsExactly("tilde: no index at " + missing + " — run 'tilde index PATH' first");
  }
}
