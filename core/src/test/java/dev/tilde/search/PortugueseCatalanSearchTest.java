package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.index.TildeWriter;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Portuguese and Catalan letters typed or left out: {@code ã}, {@code õ} and {@code ç} fold as every accent does
 * (Europarl writes "Durão Barroso", "Graça Moura", "Xanana Gusmão", never without them), and Catalan's {@code l·l}
 * is the same word as {@code ll}. Europarl holds no {@code l·l}, so that is searched in a few sentences of Catalan.
 */
class PortugueseCatalanSearchTest {
  @Test
  void findsPortugueseNamesTypedWithoutTheirTildeOrCedilla() throws IOException {
    try (TildeIndex index = TildeIndex.open(TestIndexes.seedsAndEuroparl())) {
      for (String name : List.of("Durao Barroso", "Graca Moura", "Xanana Gusmao")) {
        String written = name.replace("Durao", "Durão").replace("Graca", "Graça").replace("Gusmao", "Gusmão");
        List<String> asTyped = ids(index, written, 20);
        assertThat(asTyped).as(written).hasSizeGreaterThan(3);
        List<String> holding = asTyped.stream().limit(4).toList();
        assertThat(ids(index, name, 20)).as(name).containsAll(holding);
        assertThat(marked(index, name)).as(name).contains("<mark>" + written + "</mark>");
      }
    }
  }

  @Test
  void geminateLFindsTheWordWrittenEitherWayTheFormTypedFirst(@TempDir Path dir) throws IOException {
    try (TildeWriter writer = TildeIndex.openForWriting(dir)) {
      writer.put(new TildeDocument("dotted", "dotted.txt", "El Col·legi d'Arquitectes",
          "El Col·legi d'Arquitectes de Catalunya té la seu a la plaça Nova de Barcelona."));
      writer.put(new TildeDocument("plain", "plain.txt", "Collegi d'Arquitectes",
          "La seu del Collegi d'Arquitectes, davant de la catedral, té un fris de Picasso."));
      writer.put(new TildeDocument("other", "other.txt", "La plaça Nova",
          "La plaça Nova és davant de la catedral de Barcelona."));
      writer.commit();
    }
    try (TildeIndex index = TildeIndex.open(dir)) {
      // Typed with the dot: written so first, then written without it, far above a typo's faint match (0.05).
      List<Hit> dotted = index.search("Col·legi", 10).hits();
      assertThat(dotted).extracting(Hit::id).containsExactly("dotted", "plain");
      assertThat(dotted.get(1).score()).isGreaterThan(0.3f * dotted.get(0).score());
      assertThat(ids(index, "col·legi d'arquitectes", 10)).containsExactly("dotted", "plain");
      // Typed without it: both spellings alike, as a word typed without its accent finds both.
      List<Hit> plain = index.search("Collegi", 10).hits();
      assertThat(plain).extracting(Hit::id).containsExactlyInAnyOrder("dotted", "plain");
      assertThat(Math.min(plain.get(0).score(), plain.get(1).score()))
          .isGreaterThan(0.6f * Math.max(plain.get(0).score(), plain.get(1).score()));
      assertThat(marked(index, "Collegi")).contains("<mark>Col·legi</mark>").contains("<mark>Collegi</mark>");
    }
  }

  private static List<String> ids(TildeIndex index, String query, int limit) {
    return index.search(query, SearchOptions.defaults().withLimit(limit).withSnippets(0)).hits().stream()
        .map(Hit::id).toList();
  }

  private static String marked(TildeIndex index, String query) {
    return index.search(query, 20).hits().stream()
        .flatMap(hit -> hit.snippets().stream().map(s -> s.marked("<mark>", "</mark>")))
        .collect(Collectors.joining("\n"));
  }
}
