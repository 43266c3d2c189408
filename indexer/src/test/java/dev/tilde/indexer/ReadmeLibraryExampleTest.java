package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example is the code a Java user copies first: this compiles the block exactly as the README
 * has it (its imports at the top of a class, its statements in {@code main}) and runs it in a fresh JVM, in a
 * directory holding the seeds, so the README cannot drift from the API.
 */
class ReadmeLibraryExampleTest {
  private static final String MARKER = "<!-- library-example:";

  @TempDir Path dir;

  @Test
  void readmeLibraryExampleCompilesAndRuns() throws Exception {
    Path seeds = Path.of(System.getProperty("tilde.seeds", "../seeds")).toAbsolutePath().normalize();
    List<String> block = exampleBlock(seeds.getParent().resolve("README.md"));
    Path source = writeAsProgram(block, dir.resolve("src/ReadmeLibraryExample.java"));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("-d", classes.toString(), "-cp", classPath, "-proc:none"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
    assertThat(compiled).as("README example compiles:%n%s", diagnostics).isTrue();

    Path work = Files.createDirectories(dir.resolve("work"));
    copySeeds(seeds, Files.createDirectories(work.resolve("seeds")));
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Dstdout.encoding=UTF-8", "-Djava.util.logging.config.file=/dev/null",
        "-cp", classes + java.io.File.pathSeparator + classPath, "ReadmeLibraryExample")
        .directory(work.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(run.exitValue()).as("README example exits 0; printed:%n%s", out).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).matches("5 hits in \\d+ ms");
    assertThat(out).containsPattern("<mark>[^<]*López Obrador</mark>").contains("did you mean: migration");
    assertThat(lines.get(lines.size() - 1)).contains("lopez").contains("obrador");
  }

  /** The lines of the java block that follows the README's library-example marker, without its fences. */
  private static List<String> exampleBlock(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int marker = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(MARKER)) {
        marker = i;
      }
    }
    assertThat(marker).as("README.md has a %s marker", MARKER).isNotNegative();
    assertThat(lines.get(marker + 1)).isEqualTo("```java");
    int end = lines.subList(marker + 2, lines.size()).indexOf("```") + marker + 2;
    return lines.subList(marker + 2, end);
  }

  private static Path writeAsProgram(List<String> block, Path file) throws IOException {
    List<String> program = new ArrayList<>();
    block.stream().filter(line -> line.startsWith("import ")).forEach(program::add);
    program.add("public class ReadmeLibraryExample {");
    program.add("  public static void main(String[] args) throws Exception {");
    block.stream().filter(line -> !line.startsWith("import ")).forEach(program::add);
    program.add("  }");
    program.add("}");
    Files.createDirectories(file.getParent());
    return Files.write(file, program, StandardCharsets.UTF_8);
  }

  private static void copySeeds(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
