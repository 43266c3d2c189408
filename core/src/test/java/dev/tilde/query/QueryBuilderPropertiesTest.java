package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.SeedIndex;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the query path with random strings made of query syntax, names, accents and arbitrary Unicode: every string
 * either searches or fails with a one-line {@link TildeException}, never another exception.
 */
class QueryBuilderPropertiesTest {
  private static Path dir;
  private static TildeIndex index;

  @BeforeContainer
  static void open() throws IOException {
    dir = Files.createTempDirectory("tilde-fuzz");
    index = TildeIndex.open(SeedIndex.build(dir));
  }

  @AfterContainer
  static void close() throws IOException {
    index.close();
  }

  @Property(seed = "20261124")
  void anyQueryStringSearchesOrFailsCleanly(@ForAll("queries") String query) {
    try {
      SearchResults results = index.search(query, 5);
      assertThat(results.total()).isGreaterThanOrEqualTo(results.hits().size());
    } catch (TildeException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("López", "Obrador", "AMLO", "Zúñiga", "Harris’s", "año", "o\u0301", "migrants", "\"", "(",
            ")", "[", "]", "{", "}", "~", "~2", "^3", "*", "?", "/", "\\", ":", "title:", "body:", "lang:", "AND",
            "OR", "NOT", "&&", "||", "!", "+", "-", " TO ", " ", "  ", "\t", "\n", "\u0000", "\uFFFD", "\u200B"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMaxLength(3));
    return pieces.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join("", list));
  }
}
