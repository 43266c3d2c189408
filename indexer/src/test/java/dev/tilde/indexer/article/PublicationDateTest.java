package dev.tilde.indexer.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PublicationDateTest {
  private static final LocalDate JUNE_8 = LocalDate.of(2021, 6, 8);

  @Test
  void readsTheWaysNewsWritesADate() {
    assertThat(PublicationDate.find("2021-06-08")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.find("2021-06-08T14:05:00Z")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.find("6/8/2021")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.find("June 8, 2021")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.find("Jun. 8th 2021")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.find("8 June 2021")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.find("8 de junio de 2021")).isEqualTo(JUNE_8);
  }

  @Test
  void readsDayFirstWhenTheFirstNumberCannotBeAMonth() {
    assertThat(PublicationDate.find("25/12/2020")).isEqualTo(LocalDate.of(2020, 12, 25));
  }

  @Test
  void findsNothingInTextWithoutADate() {
    assertThat(PublicationDate.find("Mexico detained 91,000 migrants in 5 months")).isNull();
    assertThat(PublicationDate.find("13/13/2021")).isNull();
    assertThat(PublicationDate.find("Harris met 20 leaders")).isNull();
  }

  @Test
  void aWholeLineDateMayCarryAWeekdayAndATimeButNoOtherWords() {
    assertThat(PublicationDate.ofWholeLine("Tuesday, June 8, 2021 10:30 AM EDT")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.ofWholeLine("martes 8 de junio de 2021")).isEqualTo(JUNE_8);
    assertThat(PublicationDate.ofWholeLine("Harris visited on June 8, 2021")).isNull();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readsALineOfAMillionCommasInLinearTime() {
    assertThat(PublicationDate.ofWholeLine("x" + ",".repeat(1_000_000) + "x")).isNull();
  }

  @Test
  void stillReadsADateWithItsTimeAfterAComma() {
    assertThat(PublicationDate.ofWholeLine("June 8, 2021, 10:30 a.m. EDT")).isEqualTo(java.time.LocalDate.of(2021, 6, 8));
  }
}
