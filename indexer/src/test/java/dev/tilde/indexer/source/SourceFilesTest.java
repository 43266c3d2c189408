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

    SourceFiles.walk(dir, false, files::add, (d, reason) -> { }, link -> { });

    assertThat(files).extracting(p -> dir.relativize(p).toString()).containsExactly(
        "a.md", "b.txt", "f.ndjson", "g.txt.gz", "sub/c.html", "sub/d.htm", "sub/deeper/e.jsonl.gz");
  }

  @Test
  void aFileNamedExplicitlyIsReadWhateverItsNameAsTextUnlessTheNameSaysOtherwise() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes"), "x");
    List<Path> files = new ArrayList<>();

    SourceFiles.walk(notes, false, files::add, (d, reason) -> { }, link -> { });

    assertThat(files).containsExactly(notes);
    assertThat(SourceFiles.formatOf(notes)).isEqualTo(Format.TEXT);
    assertThat(SourceFiles.formatOf(Path.of("feed.NDJSON.gz"))).isEqualTo(Format.NDJSON);
    assertThat(SourceFiles.formatOf(Path.of("page.HTM"))).isEqualTo(Format.HTML);
  }

  @Test
  void linksOutOfTheTreeAreSkippedUnlessAskedFor(@TempDir Path outside) throws IOException {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Files.writeString(tree.resolve("inside.txt"), "x");
    Files.writeString(outside.resolve("secret.txt"), "x");
    Files.createSymbolicLink(tree.resolve("secret.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(tree.resolve("elsewhere"), outside);
    List<Path> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();

    SourceFiles.walk(tree, false, files::add, (d, reason) -> { }, skipped::add);

    assertThat(files).containsExactly(tree.resolve("inside.txt"));
    assertThat(skipped).containsExactlyInAnyOrder(tree.resolve("secret.txt"), tree.resolve("elsewhere"));

    files.clear();
    SourceFiles.walk(tree, true, files::add, (d, reason) -> { }, skipped::add);
    assertThat(files).containsExactly(
        tree.resolve("elsewhere/secret.txt"), tree.resolve("inside.txt"), tree.resolve("secret.txt"));
  }

  @Test
  void survivesLinkLoops() throws IOException {
    Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
    Files.writeString(tree.resolve("leaf.txt"), "x");
    Files.createSymbolicLink(tree.resolve("up"), dir.resolve("tree"));
    Files.createSymbolicLink(tree.resolve("self"), tree);
    List<Path> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();

    SourceFiles.walk(dir.resolve("tree"), true, files::add, (d, reason) -> problems.add(reason), link -> { });

    assertThat(files).containsExactly(tree.resolve("leaf.txt"));
    assertThat(problems).isEmpty();
  }
}
