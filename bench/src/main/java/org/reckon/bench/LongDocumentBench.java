package org.reckon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;

/**
 * Whether extraction time grows with the text and no faster: extracts ONE long generated document
 * at several sizes and prints a table of time per character, each size against the smallest.
 * Linear extraction keeps the ratio near 1; a rule that scans the whole document per sentence or
 * per mention makes it grow with the size.
 *
 * <p>The documents are built from short sentences written here (strike reports with their days and
 * tolls, running totals, quotes and their speakers, named people, pronouns, follow-up sentences),
 * with days, tolls, names and seas varied from sentence to sentence so that a long document has many
 * incidents, actors and claims, as a real long text would. Variants: {@code prose} (paragraphs of
 * four sentences), {@code paragraph} (every sentence on one line: one paragraph), {@code lines}
 * (headline-like lines without final punctuation: each line a sentence and a paragraph).
 *
 * <p>Usage: {@code LongDocumentBench VARIANT SENTENCES...}, e.g. {@code prose 20000 50000 100000 200000}.
 */
public final class LongDocumentBench {
  private LongDocumentBench() {}

  /**
   * The extracting thread's CPU time is what the table compares: on a machine shared with other
   * work, wall time also counts the time the thread waited for a core. Wall time is shown too.
   * (The JIT compiler and the garbage collector run on threads of their own: a collection pause
   * is in the wall time only.)
   */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String[] PROSE = {
    "On {day}, the U.S. military struck a boat in the {sea}, killing {n} people, Defense Secretary Pete Hegseth said.",
    "The vessel was carrying narcotics, according to U.S. Southern Command.",
    "The strikes have killed at least {total} people since early September.",
    "“These narco-terrorists will find no safe harbor anywhere in our hemisphere,” Hegseth wrote on X.",
    "{first} {last}, a former military lawyer, said the strikes were illegal under international law.",
    "“We have seen no evidence that the people aboard were armed,” {last} told reporters.",
    "He added that Congress had never authorized the campaign.",
    "It was at least the {ord} strike since the campaign began.",
    "Two officials familiar with the operation said the boat had stopped before it was hit.",
    "One person survived the strike and was rescued by the Mexican navy, the Pentagon said.",
    "Relatives of the dead said the men were fishermen from {town}.",
    "Sen. {first} {last} said on Tuesday that the administration had not shared its legal opinion.",
    "Venezuela condemned the attack, calling it an act of aggression.",
    "No drugs were shown in the video released by the Pentagon, and the boat's crew was not named.",
    "President Donald Trump said the campaign would continue “until the cartels stop sending poison.”",
    "Mr. {last} said the second strike on {day} raised questions about the survivors.",
  };

  private static final String[] LINES = {
    "US strike on boat in the {sea} kills {n} on {day}",
    "{first} {last} says strikes on drug boats break the law",
    "“No safe harbor for narco-terrorists” Hegseth writes on X",
    "Death toll from boat strikes rises to {total}",
    "Venezuela condemns latest attack on a vessel",
    "Survivor of {day} strike taken to {town}",
    "Pentagon confirms {ord} strike of the campaign",
    "Sen. {first} {last} demands the legal opinion",
  };

  private static final String[] FIRST = {"Maria", "John", "Laura", "Carlos", "Emily", "David", "Ana", "Robert", "Sofia",
    "James", "Elena", "Michael", "Lucia", "Thomas", "Isabel", "Daniel"};
  private static final String[] LAST = {"Ferrand", "Okafor", "Lindqvist", "Marwick", "Delacroix", "Abernathy", "Quintero",
    "Halvorsen", "Brennagh", "Castellanos", "Whitcombe", "Ostrowski", "Penhallow", "Iturbide", "Sandoval", "Kettering",
    "Vasquez", "Thornbury", "Mbeki", "Rosenthal"};
  private static final String[] SEAS = {"Caribbean", "eastern Pacific", "Caribbean Sea", "Pacific"};
  private static final String[] TOWNS = {"Güiria", "Tumaco", "Manta", "Puerto Cabello", "Buenaventura"};
  private static final String[] MONTHS = {"Sept.", "Oct.", "Nov.", "Dec."};
  private static final String[] ORDINALS = {"14th", "15th", "21st", "30th", "35th"};

  /** A document of {@code sentences} sentences of the variant, the same for the same arguments. */
  static String document(String variant, int sentences) {
    String[] templates = variant.equals("lines") ? LINES : PROSE;
    String sentenceBreak = variant.equals("lines") ? "\n" : " ";
    StringBuilder text = new StringBuilder(sentences * 90);
    for (int i = 0; i < sentences; i++) {
      int k = i / templates.length; // which round of the templates: varies the fillers
      String s = templates[i % templates.length]
          .replace("{day}", MONTHS[k / 28 % MONTHS.length] + " " + (1 + k % 28))
          .replace("{sea}", SEAS[k % SEAS.length])
          .replace("{n}", Integer.toString(2 + k % 9))
          .replace("{total}", Integer.toString(20 + k % 90))
          .replace("{first}", FIRST[k % FIRST.length])
          .replace("{last}", LAST[(k / FIRST.length + k) % LAST.length])
          .replace("{town}", TOWNS[k % TOWNS.length])
          .replace("{ord}", ORDINALS[k % ORDINALS.length]);
      text.append(s);
      boolean paragraphEnd = variant.equals("prose") && i % 4 == 3;
      text.append(i == sentences - 1 ? "\n" : paragraphEnd ? "\n" : sentenceBreak);
    }
    return text.toString();
  }

  public static void main(String[] args) {
    String variant = args[0];
    if (!List.of("prose", "paragraph", "lines").contains(variant)) {
      throw new IllegalArgumentException("variant must be prose, paragraph or lines, not " + variant);
    }
    Extractor extractor = new Extractor();
    // warm-up: the JIT compiles the rules on a document of the smallest size, extracted three times
    for (int i = 0; i < 3; i++) {
      extractor.extract(doc(document(variant, Integer.parseInt(args[1]))));
    }
    System.out.println("| variant   | sentences | characters | wall s | CPU s | CPU ns per char | vs smallest | incidents | claims | actors |");
    System.out.println("|-----------|-----------|------------|--------|-------|-----------------|-------------|-----------|--------|--------|");
    double first = 0;
    for (int a = 1; a < args.length; a++) {
      int sentences = Integer.parseInt(args[a]);
      Document d = doc(document(variant, sentences));
      System.gc();
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      Extraction x = extractor.extract(d);
      double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      double seconds = (System.nanoTime() - start) / 1e9;
      double perChar = cpu * 1e9 / d.characters();
      first = a == 1 ? perChar : first;
      System.out.printf(Locale.ROOT, "| %-9s | %9d | %10d | %6.1f | %5.1f | %15.0f | %10.2fx | %9d | %6d | %6d |%n", variant,
          sentences, d.characters(), seconds, cpu, perChar, perChar / first, x.incidents().size(), x.claims().size(),
          x.actors().size());
    }
  }

  private static Document doc(String text) {
    String normalized = TextNormalizer.normalize(text);
    return new Document(TextNormalizer.sha256(normalized), "bench", null, null, null, "en", LocalDate.of(2025, 12, 20), null,
        PublishedBasis.HEADER, normalized, Map.of());
  }
}
