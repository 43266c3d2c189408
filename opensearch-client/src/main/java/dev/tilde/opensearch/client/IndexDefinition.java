package dev.tilde.opensearch.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tilde.analysis.AnalysisChain;
import dev.tilde.analysis.AnalysisChain.Component;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeField;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings and mapping of an OpenSearch index equivalent to a local Tilde index, generated from {@link Schema}
 * and {@link TildeAnalysis} so the two can never drift apart: the same fields, each analysed by the same chain.
 *
 * <p>Every chain is written as a custom analyzer whose tokenizer and filters are the chain's own Lucene components,
 * by SPI name and with the same parameters, run by the Tilde plugin's {@value #LUCENE_COMPONENT} tokenizer and
 * filter types. The alias tables become OpenSearch's own {@code synonym_graph} filter at the end of the query chain,
 * with the rules inline: aliases apply at search time only, as locally. OpenSearch parses those rules with the
 * chain before the filter, which is the folded chain, exactly what parses them locally ({@code AliasRuleAnalyzer}).
 */
public final class IndexDefinition {
  // The plugin's names (TildeAnalysisPlugin, which runs in the node and cannot share a jar with this client); the
  // plugin's tests check that both spell them alike.
  /** Type name of the plugin's tokenizer and token filter that run any Lucene component by its SPI name. */
  public static final String LUCENE_COMPONENT = "tilde_lucene";
  /** The setting of a {@value #LUCENE_COMPONENT} component that names the Lucene SPI component. */
  public static final String SPI = "spi";
  /** Name of the alias filter in the index settings. */
  public static final String ALIASES_FILTER = "tilde_aliases";
  /** The query chain's component that the {@code synonym_graph} filter stands for. */
  private static final String SYNONYM_GRAPH = "synonymGraph";

  private IndexDefinition() {}

  /**
   * The name an analysis chain has in OpenSearch, in the plugin and in the index settings.
   *
   * @param chain the chain
   * @return its analyzer's name
   */
  public static String analyzerName(AnalysisChain chain) {
    return "tilde_" + chain.name();
  }

  /**
   * The body of a create-index request: settings (shards, replicas, analysis) and mappings.
   *
   * @param analysis the analysis, alias table included
   * @param shards the number of primary shards
   * @param replicas the number of replicas of each shard
   * @return the request body, as JSON
   */
  public static String json(TildeAnalysis analysis, int shards, int replicas) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeObjectFieldStart("settings");
      json.writeObjectFieldStart("index");
      json.writeNumberField("number_of_shards", shards);
      json.writeNumberField("number_of_replicas", replicas);
      json.writeEndObject();
      writeAnalysis(analysis, json);
      json.writeEndObject();
      writeMappings(analysis, json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeAnalysis(TildeAnalysis analysis, JsonGenerator json) throws IOException {
    Map<String, AnalysisChain> chains = new LinkedHashMap<>();
    analysis.chainsByField().values().forEach(chain -> chains.putIfAbsent(chain.name(), chain));
    analysis.queryChainsByField().values().forEach(chain -> chains.putIfAbsent(chain.name(), chain));

    json.writeObjectFieldStart("analysis");
    json.writeObjectFieldStart("tokenizer");
    for (AnalysisChain chain : chains.values()) {
      json.writeObjectFieldStart(tokenizerName(chain));
      writeLuceneComponent(chain.tokenizer(), json);
      json.writeEndObject();
    }
    json.writeEndObject();

    json.writeObjectFieldStart("filter");
    for (AnalysisChain chain : chains.values()) {
      List<Component> filters = chain.filters();
      for (int i = 0; i < filters.size(); i++) {
        Component filter = filters.get(i);
        if (filter.type().equals(SYNONYM_GRAPH)) {
          json.writeObjectFieldStart(ALIASES_FILTER);
          json.writeStringField("type", "synonym_graph");
          json.writeBooleanField("expand", Boolean.parseBoolean(filter.params().getOrDefault("expand", "true")));
          json.writeArrayFieldStart("synonyms");
          for (String rule : analysis.aliasRules()) {
            json.writeString(rule);
          }
          json.writeEndArray();
          json.writeEndObject();
        } else {
          json.writeObjectFieldStart(filterName(chain, i));
          writeLuceneComponent(filter, json);
          json.writeEndObject();
        }
      }
    }
    json.writeEndObject();

    json.writeObjectFieldStart("analyzer");
    for (AnalysisChain chain : chains.values()) {
      json.writeObjectFieldStart(analyzerName(chain));
      json.writeStringField("type", "custom");
      json.writeStringField("tokenizer", tokenizerName(chain));
      json.writeArrayFieldStart("filter");
      for (int i = 0; i < chain.filters().size(); i++) {
        json.writeString(chain.filters().get(i).type().equals(SYNONYM_GRAPH) ? ALIASES_FILTER : filterName(chain, i));
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeMappings(TildeAnalysis analysis, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("mappings");
    // Fields not declared here are refused, as a local index has no others; extra.* values are keywords.
    json.writeStringField("dynamic", "strict");
    // What the title and body teach is read from them again: no need to keep that text twice.
    json.writeObjectFieldStart("_source");
    json.writeArrayFieldStart("excludes");
    for (TildeField field : TildeField.values()) {
      if (field.kind() == TildeField.Kind.LEARNED) {
        json.writeString(field.fieldName());
      }
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeArrayFieldStart("dynamic_templates");
    json.writeStartObject();
    json.writeObjectFieldStart("extra_keywords");
    json.writeStringField("path_match", Schema.EXTRA_PREFIX + "*");
    json.writeObjectFieldStart("mapping");
    json.writeStringField("type", "keyword");
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    for (TildeField field : TildeField.values()) {
      json.writeObjectFieldStart(field.fieldName());
      switch (field.kind()) {
        case IDENTITY, KEYWORD, LANGUAGE -> json.writeStringField("type", "keyword");
        case DISPLAY, HASH -> {
          json.writeStringField("type", "keyword");
          json.writeBooleanField("index", false);
        }
        case LEARNED -> {
          // Looked up term by term by a terms aggregation (ClusterTerms), hence field data; never scored.
          json.writeStringField("type", "text");
          json.writeStringField("analyzer", analyzerName(analysis.chainsByField().get(field.fieldName())));
          json.writeStringField("index_options", "docs");
          json.writeBooleanField("norms", false);
          json.writeBooleanField("fielddata", true);
        }
        case TEXT, STEMMED_BODY -> {
          json.writeStringField("type", "text");
          json.writeStringField("analyzer", analyzerName(analysis.chainsByField().get(field.fieldName())));
          json.writeStringField("search_analyzer",
              analyzerName(analysis.queryChainsByField().get(field.fieldName())));
          // Offsets in the postings, as locally: the highlighter marks matches without re-analysing the text.
          json.writeStringField("index_options", "offsets");
        }
        case DAY -> {
          json.writeStringField("type", "date");
          json.writeStringField("format", "strict_date");
        }
      }
      json.writeEndObject();
    }
    String extra = Schema.EXTRA_PREFIX.substring(0, Schema.EXTRA_PREFIX.length() - 1);
    json.writeObjectFieldStart(extra);
    json.writeStringField("type", "object");
    json.writeBooleanField("dynamic", true);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeLuceneComponent(Component component, JsonGenerator json) throws IOException {
    json.writeStringField("type", LUCENE_COMPONENT);
    json.writeStringField(SPI, component.type());
    for (Map.Entry<String, String> param : component.params().entrySet()) {
      json.writeStringField(param.getKey(), param.getValue());
    }
  }

  private static String tokenizerName(AnalysisChain chain) {
    return analyzerName(chain) + "_tokenizer";
  }

  private static String filterName(AnalysisChain chain, int index) {
    return analyzerName(chain) + "_" + index + "_" + chain.filters().get(index).type();
  }
}
