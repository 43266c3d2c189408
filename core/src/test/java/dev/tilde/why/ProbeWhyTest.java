package dev.tilde.why;

import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchOptions;
import org.junit.jupiter.api.Test;

class ProbeWhyTest {
  @Test
  void probe() throws Exception {
    try (TildeIndex index = TildeIndex.open(TestIndexes.seedsAndEuroparl())) {
      for (String q : new String[] {"Lopez Obrador", "AMLO", "Obrdaor", "migrating", "Joe Biden", "J. M. Barroso",
          "Xavier Solana", "Andy López Obrador", "KLA", "Kosovo Liberation Army", "Cathy Ashton", "Zuniga",
          "Small Business Act", "Harris's", "López"}) {
        System.out.println("== " + q);
        for (Hit hit : index.search(q, SearchOptions.defaults().withLimit(4).withWhy(true)).hits()) {
          System.out.println("  " + hit.id() + " " + hit.matches());
        }
      }
    }
  }
}
