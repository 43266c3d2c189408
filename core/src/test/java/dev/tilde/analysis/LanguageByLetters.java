package dev.tilde.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Test fixture: the language of a Europarl line told from its letters alone (no word list), to label lines the
 * stop-word detector is measured on. Each language has a signature of letters it writes and its neighbours do not
 * (ř for Czech, ț for Romanian, ã for Portuguese, ñ for Spanish), seen several times so one foreign name is not
 * enough; a line matching no signature, or two (a Latvian title over an English body), is left unlabelled.
 */
final class LanguageByLetters {
  private record Signature(String code, Predicate<Letters> matches) {}

  /** How often each letter occurs in one text, lower-cased. */
  private record Letters(String text) {
    int count(String letters) {
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        if (letters.indexOf(text.charAt(i)) >= 0) {
          n++;
        }
      }
      return n;
    }

    int count(int fromCodePoint, int toCodePoint) {
      return (int) text.chars().filter(c -> c >= fromCodePoint && c <= toCodePoint).count();
    }

    int occurrences(String pair) {
      int n = 0;
      for (int i = text.indexOf(pair); i >= 0; i = text.indexOf(pair, i + 1)) {
        n++;
      }
      return n;
    }

    /** Letters outside ASCII, except those English keeps in borrowed words and names (café, naïve). */
    int foreign() {
      return (int) text.chars().filter(c -> c > 0x7F && Character.isLetter(c) && "éèëïöüáíóú".indexOf(c) < 0).count();
    }

    int letters() {
      return (int) text.chars().filter(Character::isLetter).count();
    }
  }

  private static final List<Signature> SIGNATURES = List.of(
      new Signature("el", l -> l.count(0x370, 0x3FF) >= 20),
      new Signature("bg", l -> l.count(0x400, 0x4FF) >= 20),
      new Signature("hu", l -> l.count("őű") >= 3),
      new Signature("cs", l -> l.count("ěřů") >= 3),
      new Signature("sk", l -> l.count("ľĺŕ") >= 3),
      new Signature("pl", l -> l.count("łżźś") >= 4),
      new Signature("lt", l -> l.count("ėųį") >= 3),
      new Signature("lv", l -> l.count("āēīķļņģ") >= 3),
      new Signature("ro", l -> l.count("țșţş") >= 3),
      new Signature("sl", l -> l.count("čšž") >= 6 && l.count("ěřůľĺŕłżźśėųįāēīķļņģćđ") == 0),
      new Signature("et", l -> l.count("õ") >= 3 && l.count("äü") >= 3 && l.count("ãç") == 0),
      new Signature("es", l -> l.count("ñ¿¡") >= 2 && l.count("ãõçàèòìêâôû") == 0),
      new Signature("pt", l -> l.count("ã") >= 3),
      new Signature("da", l -> l.count("æø") >= 3),
      new Signature("sv", l -> l.count("å") >= 4 && l.count("æø") == 0),
      new Signature("de", l -> l.count("ßü") >= 3 && l.count("äö") >= 2 && l.count("õőűå") == 0),
      new Signature("fi", l -> l.count("äö") >= 5 && l.count("üõåßőű") == 0),
      new Signature("it", l -> l.count("ìò") >= 2 && l.count("çêâûôœãñ") == 0),
      new Signature("fr", l -> l.count("êâîûùçœ") >= 3 && l.count("è") >= 1 && l.count("ãõòìñ") == 0),
      new Signature("nl", l -> l.occurrences("ij") >= 5 && l.foreign() == 0),
      // "th" is in one English word in ten ("the", "that", "with", "other"), rare in every other language here.
      new Signature("en", l -> l.foreign() == 0 && l.occurrences("th") * 40 >= l.letters()
          && l.occurrences("ij") <= 1));

  /** Fewer letters than this say too little to label by (a body of "." or one name). */
  private static final int MIN_LETTERS = 200;

  private LanguageByLetters() {}

  /** The one language whose signature {@code text} bears, if exactly one, and if it has letters enough to tell. */
  static Optional<String> of(String text) {
    Letters letters = new Letters(text.toLowerCase(Locale.ROOT));
    if (letters.letters() < MIN_LETTERS) {
      return Optional.empty();
    }
    List<String> matched = new ArrayList<>();
    for (Signature signature : SIGNATURES) {
      if (signature.matches().test(letters)) {
        matched.add(signature.code());
      }
    }
    return matched.size() == 1 ? Optional.of(matched.get(0)) : Optional.empty();
  }
}
