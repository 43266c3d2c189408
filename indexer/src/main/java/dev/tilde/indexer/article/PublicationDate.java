package dev.tilde.indexer.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written the ways news pages and feeds write them, in English or Spanish: {@code
 * 2021-06-08} (with or without a time), {@code 6/8/2021}, {@code June 8, 2021}, {@code 8 June 2021}, {@code 8 de
 * junio de 2021}.
 *
 * <p>Numeric dates with slashes are read month first, as US news writes them, unless the first number cannot be a
 * month.
 */
public final class PublicationDate {
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(\\p{L}{3,10})\\.?\\s+" + DAY + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<!\\d)" + DAY + "\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:(?:de|del)\\s+)?(\\d{4})(?!\\d)");
  /** A line that is nothing but a date: an optional weekday, the date, an optional time and zone. */
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|lunes|martes|miércoles|jueves"
          + "|viernes|sábado|domingo),?\\s+");
  private static final Pattern TIME =
      Pattern.compile("(?i)(?:(?<![,\\s])[,\\s]++(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)$");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("november", 11),
      Map.entry("december", 12),
      Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
      Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
      Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
      Map.entry("diciembre", 12));

  private PublicationDate() {}

  /**
   * The first date written in {@code text}, or {@code null} if there is none.
   *
   * @param text the text
   * @return the date, or {@code null}
   */
  public static LocalDate find(String text) {
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      LocalDate date = date(iso.group(1), iso.group(2), iso.group(3));
      if (date != null) {
        return date;
      }
    }
    Matcher slashed = SLASHED.matcher(text);
    if (slashed.find()) {
      int first = Integer.parseInt(slashed.group(1));
      String year = slashed.group(3).length() == 2 ? "20" + slashed.group(3) : slashed.group(3);
      LocalDate date = first > 12 ? date(year, slashed.group(2), slashed.group(1))
          : date(year, slashed.group(1), slashed.group(2));
      if (date != null) {
        return date;
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    while (mdy.find()) {
      LocalDate date = named(mdy.group(3), mdy.group(1), mdy.group(2));
      if (date != null) {
        return date;
      }
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    while (dmy.find()) {
      LocalDate date = named(dmy.group(3), dmy.group(2), dmy.group(1));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * The date if {@code line} is nothing but a date (with an optional weekday and time), else {@code null}.
   *
   * @param line one line of text
   * @return the date, or {@code null}
   */
  public static LocalDate ofWholeLine(String line) {
    String rest = WEEKDAY.matcher(line.strip()).replaceFirst("");
    rest = TIME.matcher(rest).replaceFirst("").strip();
    LocalDate date = find(rest);
    if (date == null) {
      return null;
    }
    for (Pattern p : new Pattern[] {ISO, SLASHED, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
      Matcher m = p.matcher(rest);
      if (m.find() && m.start() == 0 && rest.substring(m.end()).matches("(?:T[\\d:.]+(?:Z|[+-][\\d:]+)?)?")) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate named(String year, String monthName, String day) {
    String key = monthName.toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(key);
    if (month == null && key.length() >= 3) {
      for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
        if (key.length() == 3 && e.getKey().startsWith(key)) { // Jun, Sep, Dic…
          month = e.getValue();
          break;
        }
      }
    }
    return month == null ? null : date(year, Integer.toString(month), day);
  }

  private static LocalDate date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1800 || y > 2200) {
      return null;
    }
    try {
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
