package dev.tilde.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Where and when a benchmark ran: what a reader needs to reproduce it or to judge its figures.
 *
 * @param machine CPU model, cores and memory
 * @param os the operating system
 * @param jdk the JVM's vendor, name and version, and its maximum heap
 * @param date when the run started (UTC)
 * @param command the command that produced the figures
 */
public record Environment(String machine, String os, String jdk, String date, String command) {
  /** This machine and JVM, now. */
  public static Environment current(String command) {
    Runtime runtime = Runtime.getRuntime();
    String cpu = cpuModel();
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    String machine = String.format("%s, %d cores, %.0f GiB memory", cpu, runtime.availableProcessors(),
        memory / (1024.0 * 1024 * 1024));
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
        + System.getProperty("os.arch") + ")";
    String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MB";
    String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atZone(ZoneOffset.UTC));
    return new Environment(machine, os, jdk, date, command);
  }

  /** The 1-, 5- and 15-minute load averages, as {@code uptime} prints them. */
  public static String loadAverage() {
    try {
      List<String> fields = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
      return String.join(", ", fields.subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String cpuModel() {
    try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException | RuntimeException e) {
      return System.getProperty("os.arch");
    }
  }
}
