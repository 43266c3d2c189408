package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @TempDir Path dir;

  @Test
  void walksDirectoriesRecursivelyInNameOrderKeepingKnownFormatsAndSkippingHiddenEntries() throws IOException {
    for (String name : List.of("b.txt", "a.md", "sub/c.html", "sub/d.htm", "sub/deeper/e.jsonl.gz", "f.ndjson",
        "g.txt.gz", "notes.pdf", "data.json", ".hidden.txt", ".git/config.txt", "README")) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x");
    }
    List<Path> files = new ArrayList<>();

    SourceFiles.walk(dir, files::add, (d, reason) -> { });

    assertThat(files).extracting(p -> dir.relativize(p).toString()).containsExactly(
        "a.md", "b.txt", "f.ndjson", "g.txt.gz", "sub/c.html", "sub/d.htm", "sub/deeper/e.jsonl.gz");
  }

  @Test
  void aFileNamedExplicitlyIsReadWhateverItsNameAsTextUnlessTheNameSaysOtherwise() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes"), "x");
    List<Path> files = new ArrayList<>();

    SourceFiles.walk(notes, files::add, (d, reason) -> { });

    assertThat(files).containsExactly(notes);
    assertThat(SourceFiles.formatOf(notes)).isEqualTo(Format.TEXT);
    assertThat(SourceFiles.formatOf(Path.of("feed.NDJSON.gz"))).isEqualTo(Format.NDJSON);
    assertThat(SourceFiles.formatOf(Path.of("page.HTM"))).isEqualTo(Format.HTML);
  }
}
