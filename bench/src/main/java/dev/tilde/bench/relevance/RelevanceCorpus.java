package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Europarl;
import dev.tilde.indexer.source.FileDocumentReader;
import dev.tilde.indexer.source.Format;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the evaluation judges: the seed files (title and text as Tilde's indexer reads a text file, id
 * {@code seed-} and the file's name), then every Europarl line ({@code europarl-1} …, its first field the title).
 * Every engine indexes exactly these, from one NDJSON file.
 */
public final class RelevanceCorpus {
  private static final long MAX_SEED_BYTES = 10L << 20;

  private RelevanceCorpus() {}

  /** The seeds in {@code seeds} (sorted by file name), then the first {@code europarlLines} Europarl lines. */
  public static List<CorpusDocument> documents(Path seeds, int europarlLines) throws IOException {
    List<CorpusDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        TildeDocument doc = FileDocumentReader.read(file, Format.TEXT, MAX_SEED_BYTES, warning -> {});
        String name = file.getFileName().toString();
        docs.add(new CorpusDocument("seed-" + name.substring(0, name.length() - ".txt".length()), doc.title(),
            doc.date() == null ? "" : doc.date().toString(), doc.body()));
      }
    }
    docs.addAll(Europarl.documents(europarlLines));
    return List.copyOf(docs);
  }
}
