package dev.tilde.cli.output;

import java.util.Locale;

/** Byte counts as people read them: "812 B", "26.0 KB", "1.4 MB", "3.2 GB" (binary multiples). */
final class ByteSize {
  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  private ByteSize() {}

  static String format(double bytes) {
    int unit = 0;
    while (bytes >= 1024 && unit < UNITS.length - 1) {
      bytes /= 1024;
      unit++;
    }
    return unit == 0 ? String.format(Locale.ROOT, "%.0f B", bytes)
        : String.format(Locale.ROOT, "%.1f %s", bytes, UNITS[unit]);
  }
}
