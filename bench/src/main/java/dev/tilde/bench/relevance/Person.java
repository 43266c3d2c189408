package dev.tilde.bench.relevance;

import java.util.List;

/**
 * A person the judgments ask for, as the text names them.
 *
 * @param surname the surname as the text writes it ({@code Pittella}, {@code Oomen-Ruijten})
 * @param title the title or honorific the text puts before the surname most ({@code Mr}, {@code señor})
 * @param givenNames the given names the text puts before the surname most, possibly none
 * @param relevant the documents whose folded text holds the surname's words, in corpus order
 */
public record Person(String surname, String title, List<String> givenNames, List<String> relevant) {
  public Person {
    givenNames = List.copyOf(givenNames);
    relevant = List.copyOf(relevant);
  }

  /** Whether the surname is written with a hyphen. */
  public boolean hyphenated() {
    return surname.contains("-");
  }
}
