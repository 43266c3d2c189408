package dev.tilde.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.TildeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends JSON requests to one OpenSearch node over HTTP and hands back the status and the parsed answer. It knows no
 * request in particular: {@link RemoteIndex} and the indexer's bulk loader say what to send. Thread-safe.
 */
public final class OpenSearchClient implements java.io.Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final URI node;
  private final HttpClient http;
  private final Duration requestTimeout;

  /**
   * A client of one node.
   *
   * @param node the node to talk to, {@code http://HOST:PORT}
   * @param requestTimeout how long to wait for an answer to one request
   */
  public OpenSearchClient(URI node, Duration requestTimeout) {
    this.node = node;
    this.requestTimeout = requestTimeout;
    this.http = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** {@return the node this client talks to} */
  public URI node() {
    return node;
  }

  /**
   * An answer: its HTTP status and its JSON body ({@code null} when the body was empty or not JSON).
   *
   * @param status the HTTP status
   * @param body the parsed body
   * @param text the body as received
   */
  public record Response(int status, JsonNode body, String text) {
    /** {@return whether the status is 2xx} */
    public boolean ok() {
      return status / 100 == 2;
    }

    /**
     * {@return whether trying the same request again later may succeed} It may after too many requests, or a
     * server-side failure.
     */
    public boolean retryable() {
      return status == 429 || status / 100 == 5;
    }

    /** {@return OpenSearch's reason for an error answer, one line} */
    public String reason() {
      JsonNode error = body == null ? null : body.get("error");
      if (error != null && error.isObject()) {
        JsonNode rootCause = error.path("root_cause").path(0);
        JsonNode reason = rootCause.isMissingNode() ? error.get("reason") : rootCause.get("reason");
        String type = (rootCause.isMissingNode() ? error : rootCause).path("type").asText("");
        return "HTTP " + status + (type.isEmpty() ? "" : " " + type)
            + (reason == null ? "" : ": " + reason.asText());
      }
      if (error != null && error.isTextual()) {
        return "HTTP " + status + ": " + error.asText();
      }
      String snippet = text == null ? "" : text.strip();
      return "HTTP " + status + (snippet.isEmpty() ? "" : ": " + snippet.substring(0, Math.min(200, snippet.length())));
    }
  }

  /**
   * Sends {@code method path} with a JSON {@code body} ({@code null} for none).
   *
   * @param method the HTTP method
   * @param path the path and query, from {@code /}
   * @param body the JSON body, or {@code null}
   * @return the answer, whatever its status
   * @throws IOException if the node cannot be reached or does not answer in time
   */
  public Response send(String method, String path, String body) throws IOException {
    return send(method, path, body, "application/json");
  }

  /**
   * Sends {@code method path} with {@code body} of {@code contentType}.
   *
   * @param method the HTTP method
   * @param path the path and query, from {@code /}
   * @param body the body, or {@code null}
   * @param contentType the body's media type, such as {@code application/x-ndjson}
   * @return the answer, whatever its status
   * @throws IOException if the node cannot be reached or does not answer in time
   */
  public Response send(String method, String path, String body, String contentType) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(requestTimeout);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    String text = response.body();
    JsonNode json = null;
    if (text != null && !text.isBlank()) {
      try {
        json = JSON.readTree(text);
      } catch (IOException notJson) {
        // a proxy's or a dying node's page: keep the text for the reason
      }
    }
    return new Response(response.statusCode(), json, text);
  }

  /**
   * Like {@link #send(String, String, String)}, but a node that cannot be reached or an error answer becomes a
   * {@link TildeException} saying what failed ({@code doing}, such as "search").
   *
   * @param method the HTTP method
   * @param path the path and query, from {@code /}
   * @param body the JSON body, or {@code null}
   * @param doing what the request does, for the message
   * @return the answer's JSON body
   * @throws TildeException if the node cannot be reached or answers with an error
   */
  public JsonNode require(String method, String path, String body, String doing) {
    Response response;
    try {
      response = send(method, path, body);
    } catch (IOException e) {
      throw unreachable(e);
    }
    if (!response.ok()) {
      throw new TildeException("OpenSearch at " + node + " refused the " + doing + ": " + response.reason());
    }
    return response.body();
  }

  /**
   * The error for a node that cannot be reached, in one line.
   *
   * @param e what sending the request threw
   * @return the exception to throw
   */
  public TildeException unreachable(IOException e) {
    return new TildeException("cannot reach OpenSearch at " + node + ": " + describe(e), e);
  }

  /**
   * A short, readable reason for a failed request.
   *
   * @param e what sending the request threw
   * @return the reason, one line
   */
  public static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer in time";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Closes the connections to the node. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * A JSON string literal, for the few request bodies small enough to write inline.
   *
   * @param text the string
   * @return it quoted and escaped as JSON
   */
  public static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
