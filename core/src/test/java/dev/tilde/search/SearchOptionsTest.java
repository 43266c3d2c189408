package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchOptionsTest {
  @Test
  void defaultsSearchTitleAndBodyByRelevance() {
    SearchOptions options = SearchOptions.defaults();

    assertThat(options.limit()).isEqualTo(10);
    assertThat(options.offset()).isZero();
    assertThat(options.fields()).containsExactly("title", "body");
    assertThat(options.sortBy()).isEqualTo(SearchOptions.SortBy.RELEVANCE);
    assertThat(options.snippets()).isEqualTo(2);
    assertThat(options.lang()).isNull();
    assertThat(options.timeout()).isNull();
  }

  @Test
  void withersChangeOneValueAndKeepTheRest() {
    SearchOptions options = SearchOptions.defaults().withLimit(3).withOffset(6).withLang(" ES ").withFields("title");

    assertThat(options.limit()).isEqualTo(3);
    assertThat(options.offset()).isEqualTo(6);
    assertThat(options.lang()).isEqualTo("es");
    assertThat(options.fields()).containsExactly("title");
    assertThat(options.snippets()).isEqualTo(SearchOptions.DEFAULT_SNIPPETS);
  }

  @Test
  void rejectsValuesThatCannotBeSearchedWithOneLineMessages() {
    SearchOptions defaults = SearchOptions.defaults();

    assertThatThrownBy(() -> defaults.withLimit(0)).isInstanceOf(TildeException.class)
        .hasMessage("limit must be at least 1, got 0");
    assertThatThrownBy(() -> defaults.withOffset(-1)).hasMessage("offset must not be negative, got -1");
    assertThatThrownBy(() -> defaults.withFields("path")).hasMessage("cannot search field 'path': use title or body");
    assertThatThrownBy(() -> defaults.withFields()).hasMessage("search at least one field: title or body");
    assertThatThrownBy(() -> defaults.withSince(LocalDate.of(2021, 6, 9)).withUntil(LocalDate.of(2021, 6, 1)))
        .hasMessage("since (2021-06-09) is after until (2021-06-01)");
    assertThatThrownBy(() -> defaults.withSnippets(-2)).hasMessage("snippets must not be negative, got -2");
    assertThatThrownBy(() -> defaults.withTimeout(Duration.ZERO)).hasMessageStartingWith("timeout must be positive");
  }
}
