package dev.tilde.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.util.ResourceLoader;

/**
 * Opens resources that name an existing file from the file system and everything else from the class path, so a
 * user's alias table and Lucene's bundled word lists load through one loader.
 */
final class UserFileResourceLoader implements ResourceLoader {
  private final Path base;
  private final ResourceLoader classpath;

  UserFileResourceLoader(Path base, ResourceLoader classpath) {
    this.base = base;
    this.classpath = classpath;
  }

  @Override
  public InputStream openResource(String resource) throws IOException {
    Path file = base.resolve(resource);
    return Files.isRegularFile(file) ? Files.newInputStream(file) : classpath.openResource(resource);
  }

  @Override
  public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
    return classpath.findClass(cname, expectedType);
  }
}
