package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.schema.TildeDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

class NdjsonReaderTest {
  private final List<TildeDocument> docs = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final long[] bytes = {0};

  private void read(byte[] input, NdjsonFields fields, long cap) {
    NdjsonReader.read(new ByteArrayInputStream(input), "/feeds/news.jsonl", fields, cap, new NdjsonReader.Handler() {
      @Override
      public void document(long line, TildeDocument doc) {
        docs.add(doc);
      }

      @Override
      public void failure(long line, String reason) {
        problems.add("failed " + line + ": " + reason);
      }

      @Override
      public void warning(long line, String message) {
        problems.add("warned " + line + ": " + message);
      }
    }, n -> bytes[0] += n);
  }

  private void read(String input) {
    read(input.getBytes(StandardCharsets.UTF_8), NdjsonFields.defaults(), 1024 * 1024);
  }

  @Test
  void mapsTheDefaultFieldsAndIgnoresUnknownOnes() {
    String input = """
        {"id":"n1","title":"Harris meets AMLO","body":"López Obrador met Harris.","date":"2021-06-08",\
        "source":"Bloomberg","lang":"EN","likes":12,"author":{"name":"Kahn"}}
        """;

    read(input);

    assertThat(docs).containsExactly(new TildeDocument("n1", "/feeds/news.jsonl", "Harris meets AMLO",
        "López Obrador met Harris.", LocalDate.of(2021, 6, 8), "Bloomberg", "en", Map.of()));
    assertThat(problems).isEmpty();
    assertThat(bytes[0]).isEqualTo(input.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void mapsConfiguredFieldsIncludingNestedOnesAndKeepsExtras() {
    NdjsonFields fields = new NdjsonFields("uuid", "headline", "text", "meta.published", "site", "language",
        List.of("section", "meta.tags"));

    read(("{\"uuid\":7,\"headline\":\"Peña Nieto\",\"text\":\"El presidente habló.\",\"meta\":{\"published\":"
        + "\"8 de junio de 2021\",\"tags\":[\"mexico\",\"politica\"]},\"section\":\"world\",\"language\":\"es\"}\n")
        .getBytes(StandardCharsets.UTF_8), fields, 1024 * 1024);

    assertThat(docs).singleElement().satisfies(doc -> {
      assertThat(doc.id()).isEqualTo("7");
      assertThat(doc.title()).isEqualTo("Peña Nieto");
      assertThat(doc.date()).isEqualTo(LocalDate.of(2021, 6, 8));
      assertThat(doc.lang()).isEqualTo("es");
      assertThat(doc.source()).isNull();
      assertThat(doc.extra()).containsExactlyInAnyOrderEntriesOf(
          Map.of("section", "world", "meta.tags", "[\"mexico\",\"politica\"]"));
    });
  }

  @Test
  void reportsEachBadLineByNumberAndReadsTheRest() {
    read("""
        {"id":"1","body":"first"}
        {"id":"2","body":"broken
        [1,2,3]
        {"title":"no id","body":"x"}
        {"id":"5"}

        {"id":"7","body":"last","date":"someday"}
        {"id":"8","body":"trailing"} garbage
        """);

    assertThat(docs).extracting(TildeDocument::id).containsExactly("1", "7");
    assertThat(problems).hasSize(6);
    assertThat(problems.get(0)).startsWith("failed 2: not valid JSON: ");
    assertThat(problems.subList(1, 5)).containsExactly(
        "failed 3: not a JSON object",
        "failed 4: no \"id\" field to use as the document's id",
        "failed 5: neither \"title\" nor \"body\" has text",
        "warned 7: cannot read \"date\" value \"someday\" as a date; indexed without one");
    assertThat(problems.get(5)).startsWith("failed 8: not valid JSON: ");
  }

  @Test
  void aDocumentWithoutTitleIsTitledByItsFirstSentence() {
    read("{\"id\":\"1\",\"body\":\"Harris met López Obrador. They spoke for an hour.\"}\n");

    assertThat(docs).singleElement().extracting(TildeDocument::title).isEqualTo("Harris met López Obrador.");
  }

  @Test
  void capsAHugeBodyAndSkipsALineTooLongToParse() {
    String body = "a".repeat(3000);

    read(("{\"id\":\"big\",\"body\":\"" + body + "\"}\n{\"id\":\"huge\",\"body\":\"" + "b".repeat(9000) + "\"}\n")
        .getBytes(StandardCharsets.UTF_8), NdjsonFields.defaults(), 2048);

    assertThat(docs).singleElement().extracting(TildeDocument::body).isEqualTo("a".repeat(2048));
    assertThat(problems).containsExactly(
        "warned 1: \"body\" longer than 2 KB; only the first 2 KB indexed",
        "failed 2: line of 9023 bytes, longer than 8 KB (4 times the document cap)");
  }

  @Test
  void decodesALineThatIsNotUtf8WithReplacementAndSaysSo() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\":\"1\",\"body\":\"Pe".getBytes(StandardCharsets.UTF_8));
    input.write(0xF1); // "ñ" in Latin-1
    input.writeBytes("a Nieto\"}\n".getBytes(StandardCharsets.UTF_8));

    read(input.toByteArray(), NdjsonFields.defaults(), 1024);

    assertThat(docs).singleElement().extracting(TildeDocument::body).isEqualTo("Pe\ufffda Nieto");
    assertThat(problems).containsExactly("warned 1: not valid UTF-8; undecodable bytes replaced with U+FFFD");
  }

  @Test
  void refusesABinaryStream() {
    assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 0, 0, '\n'}, NdjsonFields.defaults(), 1024))
        .isInstanceOf(UnreadableSourceException.class).hasMessage("binary file, not text");
  }

  // A megabyte in each field the reader inspects (the date, the language, an extra field's dotted name, the title
  // taken from the body's first sentence) must be quick.
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void readsAMegabyteInEveryFieldItInspectsInLinearTime() {
    int megabyte = 1 << 20;
    String line = "{\"id\":\"big\",\"body\":\"" + "a. ".repeat(megabyte / 3) + "Harris\",\"date\":\""
        + "1 de ".repeat(megabyte / 5) + "\",\"lang\":\"" + "e".repeat(megabyte) + "\"}\n";
    read(line.getBytes(StandardCharsets.UTF_8), NdjsonFields.defaults(), 8L * megabyte);

    assertThat(docs).singleElement().satisfies(doc -> {
      assertThat(doc.body()).endsWith("Harris");
      assertThat(doc.date()).isNull();
    });
    assertThat(problems).hasSize(2).allSatisfy(problem -> assertThat(problem).startsWith("warned 1: "));
  }
}
