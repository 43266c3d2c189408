package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.index.IndexDamage;
import dev.tilde.schema.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
  void listsTheAcronymsTheIndexLearnedFromItsText() throws Exception {
    String index = dir.resolve("index").toString();
    CliRun.of("index", "--index", index, SEEDS);

    CliRun text = CliRun.of("info", "--index", index, "--acronyms");
    CliRun json = CliRun.of("info", "--index", index, "--acronyms", "--json");

    // A seed's title says AMLO, its body Andrés Manuel López Obrador.
    assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(text.out()).contains("acronyms      1 learned from the text")
        .contains("  AMLO  Andrés Manuel López Obrador  (initials, 1 document)");
    JsonNode acronyms = new ObjectMapper().readTree(json.out()).get("acronyms");
    assertThat(acronyms).hasSize(1);
    assertThat(acronyms.get(0).fieldNames()).toIterable()
        .containsExactly("acronym", "long_form", "source", "documents");
    assertThat(acronyms.get(0).get("long_form").asText()).isEqualTo("Andrés Manuel López Obrador");
    assertThat(CliRun.of("info", "--index", index).out()).doesNotContain("AMLO");
  }

  @Test
  void noIndexIsOneErrorLineWithAHint() {
    String missing = dir.resolve("nowhere").toString();

    CliRun run = CliRun.of("info", "--index", missing);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).containsExactly("tilde: no index at " + missing + " — run 'tilde index PATH' first");
  }

  @ParameterizedTest
  @EnumSource(IndexDamage.class)
  void aDamagedIndexIsOneLineSayingWhatIsWrongAndHowToRebuildIt(IndexDamage damage) throws Exception {
    Path index = dir.resolve("index");
    CliRun.of("index", "--index", index.toString(), SEEDS);
    damage.applyTo(index);

    CliRun run = CliRun.of("info", "--index", index.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("tilde: index at " + index + (damage == IndexDamage.CREATED_BY_NEXT_LUCENE
            ? " was created by Lucene " + (Version.LATEST.major + 1) + ", newer than the Lucene " + Version.LATEST
            : damage == IndexDamage.WRITTEN_WITH_AN_UNKNOWN_CODEC ? " was written with the codec " : " is damaged: "))
        .endsWith("rebuild it with 'tilde index --full --index " + index + " PATH...' (its files are moved aside)");
  }
}
