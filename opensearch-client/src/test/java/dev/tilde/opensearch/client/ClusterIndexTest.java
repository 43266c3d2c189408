package dev.tilde.opensearch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ClusterIndexTest {
  @Test
  void readsHostPortAndIndex() {
    ClusterIndex index = ClusterIndex.parse("http://127.0.0.1:9200/news");

    assertThat(index.node()).isEqualTo(URI.create("http://127.0.0.1:9200"));
    assertThat(index.name()).isEqualTo("news");
    assertThat(index).hasToString("http://127.0.0.1:9200/news");
    assertThat(ClusterIndex.parse("https://search.local/news-2021/").node()).hasToString("https://search.local:443");
    assertThat(ClusterIndex.parse("http://[::1]:9201/news").node()).hasToString("http://[::1]:9201");
  }

  @Test
  void refusesWhatIsNotAnIndexAddressWithOneLineSayingWhy() {
    assertThatThrownBy(() -> ClusterIndex.parse("127.0.0.1:9200/news")).isInstanceOf(TildeException.class)
        .hasMessageContaining("expected http://HOST:PORT/INDEX");
    assertThatThrownBy(() -> ClusterIndex.parse("http://127.0.0.1:9200")).hasMessageContaining("no index name");
    assertThatThrownBy(() -> ClusterIndex.parse("http://127.0.0.1:9200/News")).hasMessageContaining("not a valid");
    assertThatThrownBy(() -> ClusterIndex.parse("http://127.0.0.1:9200/a/b")).hasMessageContaining("not a valid");
    assertThatThrownBy(() -> ClusterIndex.parse("http://127.0.0.1:9200/_all")).hasMessageContaining("not a valid");
    assertThatThrownBy(() -> ClusterIndex.parse("http://h:1/news?pretty")).hasMessageContaining("query");
  }
}
