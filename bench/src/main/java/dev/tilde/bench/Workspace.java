package dev.tilde.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** The bench's scratch directory: the corpus files and the indexes it builds, each in a fresh directory. */
public final class Workspace {
  private final Path root;

  /** A workspace in {@code root}, emptied first. */
  public Workspace(Path root) throws IOException {
    this.root = root.toAbsolutePath();
    delete(this.root);
    Files.createDirectories(this.root);
  }

  /** The workspace's directory. */
  public Path root() {
    return root;
  }

  /** A file path in the workspace. */
  public Path file(String name) {
    return root.resolve(name);
  }

  /** An empty directory named after {@code name}, emptied if it existed. */
  public Path freshDirectory(String name) throws IOException {
    Path dir = root.resolve(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    delete(dir);
    return Files.createDirectories(dir);
  }

  /** Deletes {@code path} and everything under it, if it exists. */
  public static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
