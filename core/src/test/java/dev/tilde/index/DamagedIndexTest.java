package dev.tilde.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.DamagedIndexException;
import dev.tilde.SeedIndex;
import dev.tilde.TildeIndex;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DamagedIndexTest {
  @TempDir Path dir;

  private Path damagedSeedIndex(IndexDamage damage) throws IOException {
    Path index = SeedIndex.build(dir.resolve("index"));
    damage.applyTo(index);
    return index;
  }

  /** Every file in {@code directory} but the write lock, with its bytes. */
  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          contents.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
        }
      }
    }
    return contents;
  }

  @ParameterizedTest
  @EnumSource(IndexDamage.class)
  void aDamagedIndexIsRefusedWithOneLineThatSaysHowToRebuildIt(IndexDamage damage) throws IOException {
    Path index = damagedSeedIndex(damage);
    Map<String, String> before = contents(index);
    String hint = "rebuild it with 'tilde index --full --index " + index + " PATH...' (its files are moved aside)";

    for (Runnable open : List.<Runnable>of(() -> TildeIndex.open(index).documentCount(), () -> TildeIndex.info(index),
        () -> TildeIndex.openForWriting(index))) {
      assertThatThrownBy(open::run).isInstanceOf(DamagedIndexException.class)
          .hasMessageStartingWith("index at " + index + switch (damage) {
            case CREATED_BY_NEXT_LUCENE -> " was created by Lucene " + (Version.LATEST.major + 1)
                + ", newer than the Lucene " + Version.LATEST + " this Tilde runs: use a Tilde that reads it, or";
            case WRITTEN_WITH_AN_UNKNOWN_CODEC -> " was written with the codec Lucene999, which the Lucene "
                + Version.LATEST + " this Tilde runs does not have: use a Tilde that reads it, or";
            default -> " is damaged: ";
          })
          .hasMessageEndingWith(hint)
          .hasMessageNotContaining("\n");
    }
    assertThat(contents(index)).isEqualTo(before);
  }

  @Test
  void saysWhichFileIsDamagedAndHow() throws IOException {
    Path missing = damagedSeedIndex(IndexDamage.MISSING_COMPOUND_FILE);

    assertThatThrownBy(() -> TildeIndex.info(missing)).hasMessageStartingWith("index at " + missing
        + " is damaged: file _0.cfs is missing: ");
    assertThat(Files.list(dir).count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(IndexDamage.class)
  void aRebuildMovesTheDamagedFilesAsideUntouchedAndStartsAfresh(IndexDamage damage) throws IOException {
    Path index = damagedSeedIndex(damage);
    Map<String, String> before = contents(index);

    Path aside;
    try (TildeWriter writer = TildeIndex.openForWriting(index, new WriteOptions(true, 16))) {
      DamagedIndex setAside = writer.damagedIndexSetAside();
      aside = setAside.movedTo();
      assertThat(aside.getFileName().toString()).startsWith("index.damaged-");
      assertThat(aside.getParent()).isEqualTo(index.toAbsolutePath().getParent());
      assertThat(writer.committed().exists()).isFalse();
      writer.put(new TildeDocument("a", "/a.txt", "Rebuilt", "Harris meets López Obrador"));
      writer.commit(List.of("/a.txt"), true);
    }

    assertThat(contents(aside)).isEqualTo(before);
    try (TildeIndex rebuilt = TildeIndex.open(index)) {
      assertThat(rebuilt.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void aRebuildThatDoesNotCompletePutsTheDamagedFilesBack() throws IOException {
    Path index = damagedSeedIndex(IndexDamage.FLIPPED_SEGMENT_INFO_BYTE);
    Map<String, String> before = contents(index);
    Files.writeString(index.resolve("notes.txt"), "not the index's: stays where it is");

    TildeWriter writer = TildeIndex.openForWriting(index, new WriteOptions(true, 16));
    Path aside = writer.damagedIndexSetAside().movedTo();
    assertThat(contents(aside)).isEqualTo(before);
    assertThat(index.resolve("notes.txt")).exists();
    writer.put(new TildeDocument("a", "/a.txt", "Never committed", "text"));
    writer.rollback();

    assertThat(aside).doesNotExist();
    Map<String, String> after = contents(index);
    after.remove("notes.txt");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aReadableIndexIsNeverMovedAside() throws IOException {
    Path index = SeedIndex.build(dir.resolve("index"));

    try (TildeWriter writer = TildeIndex.openForWriting(index, new WriteOptions(true, 16))) {
      assertThat(writer.damagedIndexSetAside()).isNull();
      assertThat(writer.committed().documentCount()).isEqualTo(5);
    }
    assertThat(Files.list(dir).count()).isEqualTo(1);
  }
}
