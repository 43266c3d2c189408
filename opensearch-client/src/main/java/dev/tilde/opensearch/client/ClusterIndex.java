package dev.tilde.opensearch.client;

import dev.tilde.TildeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An index on an OpenSearch cluster, as users write it: {@code http://HOST:PORT/INDEX}.
 *
 * @param node the node requests go to ({@code http://HOST:PORT}), which forwards them within its cluster
 * @param name the index name
 */
public record ClusterIndex(URI node, String name) {
  /** OpenSearch's rules for index names: lower case, none of its reserved characters, not starting with - _ +. */
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][^\\\\/*?\"<>| ,#:A-Z]{0,254}");

  /**
   * Reads {@code http://HOST:PORT/INDEX}.
   *
   * @param address the index's address
   * @return the cluster's node and the index's name
   * @throws TildeException if {@code address} is not of that form
   */
  public static ClusterIndex parse(String address) {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw invalid(address, "not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(address, "not an http:// or https:// URL");
    }
    if (uri.getHost() == null) {
      throw invalid(address, "no host");
    }
    if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
      throw invalid(address, "a query, fragment or user name has no place in it");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String name = path.startsWith("/") ? path.substring(1) : path;
    if (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty()) {
      throw invalid(address, "no index name after the host");
    }
    if (!INDEX_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw invalid(address, "'" + name + "' is not a valid index name (lower case letters, digits, - and _)");
    }
    int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
    return new ClusterIndex(URI.create(scheme + "://" + hostForUri(uri.getHost()) + ":" + port), name);
  }

  /** The address as users write it. */
  @Override
  public String toString() {
    return node + "/" + name;
  }

  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static TildeException invalid(String address, String why) {
    return new TildeException("bad OpenSearch index address '" + address + "': " + why
        + " (expected http://HOST:PORT/INDEX)");
  }
}
