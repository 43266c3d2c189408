package dev.tilde.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.util.ResourceLoader;

/**
 * Opens one alias table held in memory, under the name {@link #TABLE}, and everything else from the class path, so
 * rules an index carries inline load as a file of them would.
 */
final class InlineAliasRulesLoader implements ResourceLoader {
  /** The resource name the inline rules are opened by. */
  static final String TABLE = "inline-alias-rules";

  private final byte[] text;
  private final ResourceLoader classpath;

  InlineAliasRulesLoader(List<String> rules, ResourceLoader classpath) {
    this.text = String.join("\n", rules).getBytes(StandardCharsets.UTF_8);
    this.classpath = classpath;
  }

  @Override
  public InputStream openResource(String resource) throws IOException {
    return resource.equals(TABLE) ? new ByteArrayInputStream(text) : classpath.openResource(resource);
  }

  @Override
  public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
    return classpath.findClass(cname, expectedType);
  }
}
