package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/** The runner behind extract, ingest and reextract: budgets, stopping, order. */
class ExtractionRunnerTest {
  private static Document document(String source, String text) {
    return new Document(TextNormalizer.sha256(text), source, null, null, null, "en", null, null, PublishedBasis.UNKNOWN,
        text, Map.of());
  }

  private static boolean anyWorkerExtracting() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().equals("reckon-extract"))
        .anyMatch(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.reckon.extract.")));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void submit_documentOverBudget_isStoppedAndTheWorkerTakesTheNext() {
    List<ExtractionRunner.Outcome> outcomes = new ArrayList<>();
    // the rules' classes load on the first extraction: not on the short document's half second
    new org.reckon.extract.Extractor().extract(document("warm.txt", "A strike in the Caribbean killed two people."));
    try (ExtractionRunner runner = new ExtractionRunner(Duration.ofMillis(500), 1)) {
      runner.submit(document("slow.txt", TimeBudgetTest.SLOW_TEXT), outcomes::add);
      runner.submit(document("short.txt", "A strike in the Caribbean killed three people, Pete Hegseth said."), outcomes::add);
      runner.finish();

      assertThat(outcomes).extracting(o -> o.document().source()).containsExactly("slow.txt", "short.txt");
      assertThat(outcomes.get(0).extraction()).isNull();
      assertThat(outcomes.get(0).failure()).isEqualTo("extraction took longer than 500 ms");
      assertThat(outcomes.get(1).extraction()).isNotNull();
      assertThat(outcomes.get(1).extraction().actors()).isNotEmpty();
      // stopped, not abandoned: no worker is still inside the rules
      assertThat(anyWorkerExtracting()).isFalse();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void submitAndPass_onSeveralWorkers_deliverInTheOrderGiven() {
    List<String> order = new ArrayList<>();
    try (ExtractionRunner runner = new ExtractionRunner(Duration.ofSeconds(30), 2)) {
      for (int i = 0; i < 20; i++) {
        String text = "Strike number " + i + " killed two people. ".repeat(i % 3 == 0 ? 400 : 1);
        if (i % 5 == 4) {
          runner.pass(document(i + ".txt", text), o -> order.add(o.document().source() + (o.extraction() == null ? "-" : "+")));
        } else {
          runner.submit(document(i + ".txt", text), o -> order.add(o.document().source() + (o.extraction() == null ? "-" : "+")));
        }
      }
      runner.finish();
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add(i + ".txt" + (i % 5 == 4 ? "-" : "+"));
    }
    assertThat(order).isEqualTo(expected);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void submit_ruleThatFailsOnOneDocument_reportsItByName_andTheOthersKeepTheirFacts() {
    org.reckon.extract.Extractor real = new org.reckon.extract.Extractor();
    List<ExtractionRunner.Outcome> outcomes = new ArrayList<>();
    try (ExtractionRunner runner = new ExtractionRunner(Duration.ofSeconds(30), 2, d -> {
      if (d.source().equals("bad.txt")) {
        throw new IllegalStateException("a rule's index out of range"); // as a bug in a rule would
      }
      return real.extract(d);
    })) {
      runner.submit(document("first.txt", "The military struck a boat in the Caribbean, killing three people."), outcomes::add);
      runner.submit(document("bad.txt", "The military struck a boat in the Caribbean, killing four people."), outcomes::add);
      runner.submit(document("last.txt", "The military struck a boat in the eastern Pacific, killing two people."), outcomes::add);
      runner.finish();
    }
    assertThat(outcomes).extracting(o -> o.document().source()).containsExactly("first.txt", "bad.txt", "last.txt");
    assertThat(outcomes.get(1).extraction()).isNull();
    assertThat(outcomes.get(1).failure()).contains("extraction failed").contains("a rule's index out of range");
    assertThat(outcomes.get(1).fix()).contains("bug in Reckon").contains("report it");
    assertThat(outcomes.get(0).extraction().incidents()).isNotEmpty();
    assertThat(outcomes.get(2).extraction().incidents()).isNotEmpty();
  }
}
