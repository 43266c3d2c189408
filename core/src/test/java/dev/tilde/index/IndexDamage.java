package dev.tilde.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.util.Version;

/** Test fixture: the ways an index on disk gets damaged (a full disk, a bad copy, bit rot), or comes from the future. */
public enum IndexDamage {
  /** The commit point cut short, as a copy interrupted half way leaves it. */
  TRUNCATED_COMMIT {
    @Override
    public void applyTo(Path index) throws IOException {
      Path commit = commitOf(index);
      Files.write(commit, Arrays.copyOf(Files.readAllBytes(commit), 50));
    }
  },
  /** One byte changed in the middle of a segment's info file. */
  FLIPPED_SEGMENT_INFO_BYTE {
    @Override
    public void applyTo(Path index) throws IOException {
      Path info = firstFile(index, ".si");
      byte[] bytes = Files.readAllBytes(info);
      bytes[bytes.length / 2] ^= (byte) 0xFF;
      Files.write(info, bytes);
    }
  },
  /** A segment's compound file gone. */
  MISSING_COMPOUND_FILE {
    @Override
    public void applyTo(Path index) throws IOException {
      Files.delete(firstFile(index, ".cfs"));
    }
  },
  /**
   * Written by the next major Lucene: the commit records that version as its writer's and its creator's, with a
   * valid checksum.
   */
  CREATED_BY_NEXT_LUCENE {
    @Override
    public void applyTo(Path index) throws IOException {
      rewriteCommit(index, (bytes, header) -> {
        // After the header: the writer's major, minor and bugfix versions, then the creator's major (one byte each).
        if (bytes[header] != Version.LATEST.major || bytes[header + 3] != Version.LATEST.major) {
          throw new IllegalStateException("unexpected commit layout in " + index);
        }
        bytes[header] = (byte) (Version.LATEST.major + 1);
        bytes[header + 3] = (byte) (Version.LATEST.major + 1);
      });
    }
  },
  /** A segment written with a codec this Lucene does not have, as a later Lucene's would be. */
  WRITTEN_WITH_AN_UNKNOWN_CODEC {
    @Override
    public void applyTo(Path index) throws IOException {
      byte[] current = Codec.getDefault().getName().getBytes(StandardCharsets.US_ASCII);
      byte[] unknown = "Lucene999".substring(0, current.length).getBytes(StandardCharsets.US_ASCII);
      rewriteCommit(index, (bytes, header) -> {
        for (int i = header; i + current.length <= bytes.length; i++) {
          if (Arrays.equals(bytes, i, i + current.length, current, 0, current.length)) {
            System.arraycopy(unknown, 0, bytes, i, unknown.length);
          }
        }
      });
    }
  };

  /** Changes the bytes of a commit point, given them and the length of their header, then fixes its checksum. */
  private interface CommitEdit {
    void apply(byte[] bytes, int header);
  }

  /** Damages the index in {@code index}, which holds one commit of one segment in a compound file. */
  public abstract void applyTo(Path index) throws IOException;

  private static void rewriteCommit(Path index, CommitEdit edit) throws IOException {
    Path commit = commitOf(index);
    byte[] bytes = Files.readAllBytes(commit);
    String generation = commit.getFileName().toString().substring(IndexFileNames.SEGMENTS.length() + 1);
    edit.apply(bytes, CodecUtil.indexHeaderLength(IndexFileNames.SEGMENTS, generation));
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).putLong(crc.getValue());
    Files.write(commit, bytes);
  }

  private static Path commitOf(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(f -> f.getFileName().toString().startsWith(IndexFileNames.SEGMENTS + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no commit in " + index));
    }
  }

  private static Path firstFile(Path index, String extension) {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + extension + " file in " + index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
