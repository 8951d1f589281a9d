package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.eval.CorpusGold;

/** {@code reckon eval} on offset gold (data-contract §4.1), over short reports written for the test. */
class EvalCommandTest {
  private static final String STRIKE = " date 2026-02-24\nWASHINGTON - The U.S. military said it killed three people Monday"
      + " in a strike on an alleged drug boat in the Caribbean Sea. The strikes have killed at least 151 people.";
  private static final String SEIZURE = " date 2026-02-24\nThe Coast Guard offloaded 20,000 pounds of cocaine in Florida on"
      + " Monday after seizing it from a boat in the Caribbean. Nobody was killed.";

  @TempDir Path dir;

  private Path corpus(String strikeGold, String seizureGold) throws Exception {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(texts.resolve("strike.txt"), STRIKE + "\n");
    Files.writeString(texts.resolve("seizure.txt"), SEIZURE + "\n");
    return Files.writeString(dir.resolve("corpus.jsonl"), strikeGold + "\n" + seizureGold + "\n");
  }

  private static String strikeLine(String sha1, String tallyBound) {
    int killed = STRIKE.indexOf("killed three people Monday");
    int toll = STRIKE.indexOf("at least 151 people");
    return "{\"file\":\"strike.txt\",\"url\":\"https://example.org/strike\",\"query\":\"q\",\"language\":\"en\","
        + "\"published\":\"2026-02-24\",\"body_sha1\":\"" + sha1 + "\",\"negative\":false,"
        + "\"annotated\":[\"incidents\",\"tallies\",\"published\"],"
        + "\"incidents\":[{\"date\":\"2026-02-23\",\"date_precision\":\"day\",\"region\":\"caribbean\","
        + "\"killed\":{\"min\":3,\"max\":3},\"survivors\":null,\"vessels\":1,"
        + "\"evidence\":[{\"start\":" + killed + ",\"end\":" + (killed + 26) + "}]}],"
        + "\"tallies\":[{\"metric\":\"killed\",\"value\":151,\"bound\":\"" + tallyBound + "\","
        + "\"evidence\":[{\"start\":" + toll + ",\"end\":" + (toll + 19) + "}]}],\"claims\":[],\"actors\":[]}";
  }

  private static final String SEIZURE_LINE = "{\"file\":\"seizure.txt\",\"url\":\"https://example.org/seizure\","
      + "\"query\":\"q\",\"language\":\"en\",\"published\":\"2026-02-24\",\"negative\":true,"
      + "\"incidents\":[],\"tallies\":[]}";

  @Test
  void eval_offsetGold_scoresIncidentsAndTalliesAgainstTheTexts() throws Exception {
    Path corpus = corpus(strikeLine(CorpusGold.sha1(STRIKE), "at_least"), SEIZURE_LINE);

    Cli run = Cli.run("eval", "--gold", corpus.toString(), "--texts", dir.resolve("texts").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("incident     1.000  1.000  1.000  (1/0/0)")
        .contains("tally        1.000  1.000  1.000  (1/0/0)")
        .contains("incident.killed             1.000  (1/1)")
        .contains("facts from negatives           0  (in 1 negative reports)")
        .contains("documents scored: 2");
    assertThat(run.out()).contains("claim       (not annotated)");
  }

  @Test
  void eval_errors_listsTheMissedAndExtraFactsWithTheirSentences() throws Exception {
    // The gold says "exact" where the text says "at least": the extracted tally is extra, the gold one missed.
    Path corpus = corpus(strikeLine(CorpusGold.sha1(STRIKE), "exact"), SEIZURE_LINE);

    Cli run = Cli.run("eval", "--gold", corpus.toString(), "--texts", dir.resolve("texts").toString(), "--errors");

    assertThat(run.out()).contains("tally        0.000  0.000  0.000  (0/1/1)")
        .contains("strike.txt  missed tally                      killed exact 151")
        .contains("strike.txt  extra  tally                      killed at_least 151")
        .contains("«The strikes have killed at least 151 people.»");
  }

  @Test
  void eval_textChangedSinceAnnotation_warnsNamingTheFile() throws Exception {
    Path corpus = corpus(strikeLine("0000000000000000000000000000000000000000", "at_least"), SEIZURE_LINE);

    Cli run = Cli.run("eval", "--gold", corpus.toString(), "--texts", dir.resolve("texts").toString());

    assertThat(run.err()).contains("strike.txt: text differs from the one annotated (body SHA-1 "
        + CorpusGold.sha1(STRIKE) + ", gold 0000000000000000000000000000000000000000); offsets may point elsewhere: rebuild it");
  }

  @Test
  void eval_missingTextAndOffsetsOutsideIt_areNamedAndTheRestIsScored() throws Exception {
    String outside = strikeLine(CorpusGold.sha1(STRIKE), "at_least").replaceFirst("\"end\":\\d+", "\"end\":99999");
    Path corpus = corpus(outside, SEIZURE_LINE.replace("seizure.txt", "gone.txt"));

    Cli run = Cli.run("eval", "--gold", corpus.toString(), "--texts", dir.resolve("texts").toString());

    assertThat(run.err()).contains("gone.txt: the text of https://example.org/seizure is missing; rebuild it")
        .contains("corpus.jsonl:1 (strike.txt) incidents[0] evidence: offsets [")
        .contains("fall outside the text");
    assertThat(run.out()).contains("documents scored: 0");
  }

  @Test
  void eval_offsetGoldWithoutTexts_saysWhatToPass() throws Exception {
    Path corpus = corpus(strikeLine("", "at_least"), SEIZURE_LINE);

    Cli run = Cli.run("eval", "--gold", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(ReckonCommand.CANNOT_RUN);
    assertThat(run.err()).contains(corpus + ": an offset-gold corpus needs its texts; pass --texts DIR");
  }

  @Test
  void split_isFixedByTheAddressAndKeepsAboutOneInThreeForTest() {
    assertThat(CorpusGold.split("https://www.example.org/a/")).isEqualTo(CorpusGold.split("https://example.org/a"));
    int test = 0;
    for (int i = 0; i < 3000; i++) {
      test += CorpusGold.split("https://example.org/story-" + i).equals("test") ? 1 : 0;
    }
    assertThat(test).isBetween(900, 1100);
  }
}
