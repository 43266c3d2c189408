package dev.tilde.opensearch.plugin;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.AnalysisChain;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import dev.tilde.index.TildeWriter;
import dev.tilde.indexer.source.FileDocumentReader;
import dev.tilde.indexer.source.Format;
import dev.tilde.opensearch.client.BulkLoader;
import dev.tilde.opensearch.client.ClusterIndex;
import dev.tilde.opensearch.client.IndexDefinition;
import dev.tilde.opensearch.client.LoadOptions;
import dev.tilde.opensearch.client.LoadSummary;
import dev.tilde.opensearch.client.OpenSearchClient;
import dev.tilde.opensearch.client.RemoteIndex;
import dev.tilde.why.WordMatch;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.network.NetworkModule;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * Tilde on a real (in-JVM) OpenSearch cluster of three data nodes, talked to over HTTP as the command line does: an
 * index of 2 shards with 1 replica each, created from {@link IndexDefinition} and loaded by {@link BulkLoader}, gives
 * the name queries the same top documents as a local index of the same documents, also after a data node stops, and
 * so does the plugin's {@code tilde} query sent by a client that knows nothing of Tilde. The acronyms one document
 * teaches expand on every shard.
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.SUITE, numDataNodes = 3,
    numClientNodes = 0, supportsDedicatedMasters = false)
@ThreadLeakFilters(filters = ClusterSearchTests.HttpClientThreads.class)
public class ClusterSearchTests extends OpenSearchIntegTestCase {
  /** The name queries of the README's table, and words Europarl has in English and Spanish. */
  private static final List<String> QUERIES = List.of("lopez obrador", "LÓPEZ OBRADOR", "Obrador, Andrés Manuel",
      "AMLO", "Zuniga", "Harris’s", "Giammatei", "Obrdaor", "\"López-Obrador\"", "\"do not come\"", "migrating",
      "Andrés Manuel López Obrador", "año", "comisiones", "\"señor presidente\"", "Kamala Harris", "Marcelo Ebrard",
      // The classic syntax: fields, operators, prefixes, explicit fuzziness, a typo of a word no document has, and
      // of a word of four letters (read as its correction only).
      "Zúñiga", "title:harris", "Harris AND NOT Biden", "migra*", "Ebrard~1", "\"remain in mexico\"", "Guatamela",
      "lang:es comisión", "Kanh Harris",
      // A given name's other forms beside a surname: a nickname, initials.
      "Joseph Biden", "R. Prodi", "J. M. Barroso",
      // A name typed without the particle the text writes inside it, and with one.
      "Méndez Vigo", "Colom i Naval",
      // A surname said alike with another first letter, which only the names' sound key reaches.
      "Hobrador", "Vlair", "Zanter");
  /**
   * Acronyms the documents teach (one document each, on one shard), typed as the acronym or the long form. Their
   * snippets may go unmarked on a cluster: OpenSearch's highlighter, which leaves Lucene's weight matches off, marks
   * no word a {@code CombinedFieldQuery} matched once the query holds a phrase, as an acronym's long form is.
   */
  private static final List<String> ACRONYM_QUERIES = List.of("IPCC", "Intergovernmental Panel on Climate Change",
      "common agricultural policy", "ILO", "International Labour Organisation", "Estados Unidos da América");
  private static final int EUROPARL_DOCS = 2000;
  private static final int TOP = 10;

  /** The JDK's HTTP client keeps a selector thread per client until it is collected. */
  public static final class HttpClientThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
      return t.getName().startsWith("HttpClient-");
    }
  }

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(TildeAnalysisPlugin.class, CommonAnalysisModulePlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder()
        .put(super.nodeSettings(nodeOrdinal))
        .put(NetworkModule.HTTP_TYPE_KEY, Netty4ModulePlugin.NETTY_HTTP_TRANSPORT_NAME)
        .build();
  }

  public void testNameQueriesFindTheSameTopDocumentsAsALocalIndexAlsoAfterLosingANode() throws Exception {
    List<TildeDocument> docs = documents();
    TildeIndex local = localIndex(docs);
    String httpNode = internalCluster().getNodeNames()[0];
    ClusterIndex target = ClusterIndex.parse(httpAddress(httpNode) + "/news");

    List<String> warnings = new ArrayList<>();
    BulkLoader loader = BulkLoader.open(target,
        LoadOptions.defaults().withShards(2).withReplicas(1).withBatch(300, 5L << 20).withWarnings(warnings::add));
    docs.forEach(loader::add);
    LoadSummary summary = loader.finish();

    assertTrue("a fresh index", summary.created());
    assertEquals(warnings.toString(), List.of(), summary.failures());
    assertEquals(docs.size(), summary.indexed());
    assertEquals(docs.size(), summary.totalDocs());
    try (RemoteIndex remote = RemoteIndex.open(target, TildeAnalysis.standard())) {
    assertEquals(local.documentCount(), remote.documentCount());
    assertSameTopDocuments(local, remote, "with every node");
    assertAnyClientGetsTheSameTopDocuments(local, target);

    String stopped = internalCluster().getNodeNames()[1];
    internalCluster().stopRandomNode(settings -> Node.NODE_NAME_SETTING.get(settings).equals(stopped));
    try (OpenSearchClient health = new OpenSearchClient(target.node(), Duration.ofSeconds(90))) {
      health.require("GET", "/_cluster/health/news?wait_for_status=yellow&wait_for_nodes=2&timeout=60s", null,
          "health check");
    }

    assertEquals(local.documentCount(), remote.documentCount());
    assertSameTopDocuments(local, remote, "after " + stopped + " stopped");
    }
    local.close();
  }

  public void testEveryChainAnalysesAsLocally() throws Exception {
    ClusterIndex target = ClusterIndex.parse(httpAddress(internalCluster().getNodeNames()[0]) + "/chains");
    BulkLoader.open(target, LoadOptions.defaults().withReplicas(0)).finish();
    try (OpenSearchClient client = new OpenSearchClient(target.node(), Duration.ofSeconds(30))) {
    TildeAnalysis analysis = TildeAnalysis.standard();
    String text = "Andrés Manuel López-Obrador's migrating COMISIONES; AMLO met Kamala Harris’s aides of the"
        + " Kosovo Liberation Army (KLA)";
    List<AnalysisChain> chains = List.of(TildeAnalysis.TEXT, TildeAnalysis.EXACT, TildeAnalysis.FOLDED,
        TildeAnalysis.ENGLISH, TildeAnalysis.SPANISH, analysis.queryChain(), TildeAnalysis.ACRONYMS);
    for (AnalysisChain chain : chains) {
      List<String> expected = render(TildeAnalysis.tokens(chain.build(
          new org.apache.lucene.util.ClasspathResourceLoader(getClass().getClassLoader())), "", text));
      String body = "{\"analyzer\":\"" + IndexDefinition.analyzerName(chain) + "\",\"text\":"
          + OpenSearchClient.quote(text) + "}";
      // The plugin's analyzer, and the same chain as the index settings spell it.
      assertEquals(chain.name(), expected, render(client.require("POST", "/_analyze", body, "analyze")));
      assertEquals(chain.name() + " in the index", expected,
          render(client.require("POST", "/chains/_analyze", body, "analyze")));
    }
    }
  }

  public void testAnyLuceneComponentRunsByItsSpiName() throws Exception {
    try (OpenSearchClient client = new OpenSearchClient(
        ClusterIndex.parse(httpAddress(internalCluster().getNodeNames()[0]) + "/any").node(), Duration.ofSeconds(30))) {
      String body = "{\"char_filter\":[{\"type\":\"tilde_lucene\",\"spi\":\"htmlStrip\"}],"
          + "\"tokenizer\":{\"type\":\"tilde_lucene\",\"spi\":\"standard\"},"
          + "\"filter\":[{\"type\":\"tilde_nfc\"},{\"type\":\"tilde_lucene\",\"spi\":\"lowercase\"},"
          + "{\"type\":\"tilde_lucene\",\"spi\":\"asciiFolding\",\"preserveOriginal\":\"true\"}],"
          + "\"text\":\"<p>Lo\u0301pez Obrador</p>\"}";
      assertEquals(List.of("lopez@0[3,9]", "lópez@0[3,9]", "obrador@1[10,17]"),
          render(client.require("POST", "/_analyze", body, "analyze")));
    }
  }

  private static List<String> render(List<Token> tokens) {
    return tokens.stream().map(t -> t.term() + "@" + t.position() + "[" + t.startOffset() + "," + t.endOffset() + "]")
        .toList();
  }

  private static List<String> render(JsonNode analyzed) {
    List<String> tokens = new ArrayList<>();
    for (JsonNode t : analyzed.path("tokens")) {
      tokens.add(t.path("token").asText() + "@" + t.path("position").asInt() + "[" + t.path("start_offset").asInt()
          + "," + t.path("end_offset").asInt() + "]");
    }
    return tokens;
  }

  /**
   * The top hits agree: the same documents with the same scores in the same order, where the scores tell them apart
   * (documents that tie may come back in either order), and the same number of matches.
   */
  private static void assertSameTopDocuments(TildeIndex local, RemoteIndex remote, String when) {
    for (String query : QUERIES) {
      SearchResults expected = local.search(query, TOP);
      assertTrue(query + ": local hits", !expected.hits().isEmpty());
      assertSameResults(expected, remote.search(query, TOP), when);
    }
    for (String query : ACRONYM_QUERIES) {
      SearchResults expected = local.search(query, TOP);
      assertTrue(query + ": local hits", !expected.hits().isEmpty());
      assertSameResults(expected, remote.search(query, TOP), when, false);
    }
  }

  /**
   * A client that knows nothing of Tilde sends {@code {"query": {"tilde": {"query": "..."}}}} and gets the documents
   * of a local search, with its scores, where every shard reads the words alike: each shard decides alone which words
   * are typos and which are too common for typos (in 5 documents or more), so these are words in fewer documents in
   * all, a word too short for typos, and a phrase. (Lopez, in 5 seeds, is common to the whole index but not to a
   * shard with 3 of them, whose typos then find Lope: Tilde's client says which words are common.)
   */
  private static void assertAnyClientGetsTheSameTopDocuments(TildeIndex local, ClusterIndex target) {
    try (OpenSearchClient client = new OpenSearchClient(target.node(), Duration.ofSeconds(60))) {
      for (String query : List.of("Giammattei", "AMLO", "Marcelo Ebrard", "\"señor presidente\"")) {
        SearchResults expected = local.search(query, SearchOptions.defaults().withLimit(TOP).withSnippets(0));
        JsonNode answer = client.require("POST", "/" + target.name() + "/_search?search_type=dfs_query_then_fetch",
            "{\"size\":" + TOP + ",\"query\":{\"tilde\":{\"query\":" + OpenSearchClient.quote(query) + "}}}",
            "search");
        JsonNode hits = answer.path("hits").path("hits");
        assertTrue(query + ": local hits", !expected.hits().isEmpty());
        assertEquals(query + ": " + hits, expected.hits().size(), hits.size());
        for (int i = 0; i < hits.size(); i++) {
          Hit want = expected.hits().get(i);
          assertEquals(query + ": rank " + (i + 1), want.id(), hits.get(i).path("_id").asText());
          assertEquals(query + ": " + want.id(), want.score(), hits.get(i).path("_score").asDouble(),
              want.score() * 1e-4f);
        }
        assertEquals(query, expected.total(), answer.path("hits").path("total").path("value").asLong());
      }
    }
  }

  /** The search options mean the same on a cluster: pages, fields, filters, order, snippets. */
  public void testSearchOptionsMeanTheSameOnACluster() throws Exception {
    List<TildeDocument> docs = documents();
    ClusterIndex target = ClusterIndex.parse(httpAddress(internalCluster().getNodeNames()[0]) + "/options");
    BulkLoader loader = BulkLoader.open(target, LoadOptions.defaults().withShards(2).withReplicas(0));
    docs.forEach(loader::add);
    assertEquals(List.of(), loader.finish().failures());
    List<SearchOptions> variants = List.of(
        SearchOptions.defaults().withLimit(5).withOffset(5),
        SearchOptions.defaults().withFields(Schema.TITLE),
        SearchOptions.defaults().withLang("es"),
        SearchOptions.defaults().withSince(LocalDate.of(1999, 1, 1)).withUntil(LocalDate.of(2001, 12, 31)),
        SearchOptions.defaults().withSortBy(SearchOptions.SortBy.DATE),
        SearchOptions.defaults().withSnippets(1),
        SearchOptions.defaults().withSnippets(0).withTimeout(Duration.ofSeconds(30)));
    Path localDir = localIndexDir(docs);
    try (TildeIndex local = TildeIndex.open(localDir);
        RemoteIndex remote = RemoteIndex.open(target, TildeAnalysis.standard())) {
      int nonEmpty = 0;
      for (String query : List.of("lopez obrador", "comisiones", "Harris", "migrating", "año", "Parlamento")) {
        for (SearchOptions options : variants) {
          SearchResults expected = local.search(query, options);
          SearchResults actual = remote.search(query, options);
          assertSameResults(expected, actual, options.toString());
          assertEquals(expected.offset(), actual.offset());
          for (Hit hit : actual.hits()) {
            assertTrue(options + ": " + hit.snippets(), hit.snippets().size() <= options.snippets());
          }
          nonEmpty += expected.hits().isEmpty() ? 0 : 1;
        }
      }
      assertTrue("most searches find something", nonEmpty > 30);
      // Why each hit matched: read on the client from the hit's text, the same kinds and words as locally.
      SearchOptions why = SearchOptions.defaults().withSnippets(0).withWhy(true);
      for (String query : List.of("lopez obrador", "AMLO", "migrating", "Zúñiga", "Joseph Biden", "Obrdaor")) {
        SearchResults expected = local.search(query, why);
        SearchResults actual = remote.search(query, why);
        assertSameResults(expected, actual, "why " + query);
        Map<String, List<WordMatch>> told = new HashMap<>();
        actual.hits().forEach(hit -> told.put(hit.id(), hit.matches()));
        for (Hit hit : expected.hits()) {
          assertFalse(query + ": " + hit.id() + " says why", hit.matches().isEmpty());
          assertEquals(query + ": " + hit.id(), hit.matches(), told.get(hit.id()));
        }
      }
    }
    // An alias table of the searcher's own (tilde search --from --aliases FILE) expands on the cluster as locally.
    TildeAnalysis mine = TildeAnalysis.withAliases(
        Files.writeString(createTempDir("aliases").resolve("mine.txt"), "Peje, López Obrador\n"));
    try (TildeIndex local = TildeIndex.open(localDir, mine); RemoteIndex remote = RemoteIndex.open(target, mine)) {
      SearchResults expected = local.search("Peje", TOP);
      assertTrue("the added alias finds the president", !expected.hits().isEmpty());
      assertSameResults(expected, remote.search("Peje", TOP), "with an alias table of the searcher's own");
    }
  }

  private static void assertSameResults(SearchResults expected, SearchResults actual, String when) {
    assertSameResults(expected, actual, when, true);
  }

  private static void assertSameResults(SearchResults expected, SearchResults actual, String when, boolean marks) {
    {
      String query = expected.query();
      String context = String.format(Locale.ROOT, "%s, %s:%n local  %s%n remote %s", query, when,
          describe(expected), describe(actual));
      // Typo tolerance takes the closest words of each shard rather than of the whole index: a cluster can match a few
      // more documents through a typo (never fewer), each scored far below the words themselves.
      assertTrue(context, actual.total() >= expected.total() && actual.total() <= expected.total() * 1.02 + 2);
      assertEquals(context, expected.hits().size(), actual.hits().size());
      for (int i = 0; i < expected.hits().size(); i++) {
        Hit want = expected.hits().get(i);
        Hit got = actual.hits().get(i);
        if (!want.id().equals(got.id())) {
          // Another document at this rank is only right if it ties with this one: equal scores come in any order
          // (for a constant-scoring query like migra*, many tie, and the last ranks may show others of them).
          long tying = expected.hits().stream().filter(h -> Math.abs(h.score() - want.score()) <= want.score() * 1e-5f)
              .count();
          assertTrue(context + ": rank " + (i + 1), tying > 1 || i == expected.hits().size() - 1);
          assertEquals(context, want.score(), got.score(), want.score() * 1e-5f);
          Hit tied = expected.hits().stream().filter(h -> h.id().equals(got.id())).findFirst().orElse(null);
          assertTrue(context + ": " + got.id() + " ranks higher locally",
              tied == null || Math.abs(tied.score() - want.score()) <= want.score() * 1e-5f);
        }
        // The same Lucene query on the same terms with the index's statistics (dfs_query_then_fetch): the same score.
        assertEquals(context, want.score(), got.score(), want.score() * 1e-4f);
        Hit local = expected.hits().stream().filter(h -> h.id().equals(got.id())).findFirst().orElse(null);
        if (local != null && marks) {
          assertSameSnippets(context, local, got);
        }
      }
    }
  }

  /**
   * The cluster's highlighter may prefer other passages of the document, but each one marks a match; a document that
   * matched elsewhere (the title) shows how its text begins, unmarked, as locally.
   */
  private static void assertSameSnippets(String context, Hit local, Hit remote) {
    boolean marked = local.snippets().stream().anyMatch(snippet -> !snippet.matches().isEmpty());
    assertEquals(context + ": marks in the snippets of " + remote.id(), marked,
        !remote.snippets().isEmpty() && remote.snippets().stream().allMatch(snippet -> !snippet.matches().isEmpty()));
    if (!marked) {
      assertEquals(context, local.snippets(), remote.snippets());
    }
  }

  private static String describe(SearchResults results) {
    StringBuilder out = new StringBuilder(results.total() + " hits:");
    for (Hit hit : results.hits()) {
      out.append(String.format(Locale.ROOT, " %s=%.4f", hit.id().replaceAll(".*/", ""), hit.score()));
    }
    return out.toString();
  }

  private static List<TildeDocument> documents() throws IOException {
    List<TildeDocument> docs = new ArrayList<>();
    for (Path seed : SeedIndex.seedFiles()) {
      docs.add(FileDocumentReader.read(seed, Format.TEXT, 10L << 20, warning -> { }));
    }
    docs.addAll(Europarl.documents().subList(0, EUROPARL_DOCS));
    // Every part a document can have, so the mapping is shown to take each (extra fields as keywords).
    docs.add(new TildeDocument("wire-1", "feed.jsonl", "Ebrard en Washington",
        "Marcelo Ebrard Casaubón se reunió con Antony Blinken en Washington.", java.time.LocalDate.of(2021, 6, 9),
        "Reuters", "es", java.util.Map.of("desk", "world")));
    return docs;
  }

  private TildeIndex localIndex(List<TildeDocument> docs) throws IOException {
    return TildeIndex.open(localIndexDir(docs));
  }

  private Path localIndexDir(List<TildeDocument> docs) throws IOException {
    Path dir = createTempDir("local-index");
    try (TildeWriter writer = TildeIndex.openForWriting(dir)) {
      docs.forEach(writer::put);
      writer.commit();
    }
    return dir;
  }

  private static String httpAddress(String node) {
    InetSocketAddress address = internalCluster().getInstance(HttpServerTransport.class, node)
        .boundAddress().publishAddress().address();
    String host = address.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
  }
}
