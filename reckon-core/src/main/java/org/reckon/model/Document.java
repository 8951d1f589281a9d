package org.reckon.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One ingested article: its normalised body text and what is known about it.
 *
 * <p>The {@code id} is the SHA-256 (lower-case hex) of {@code text}, so the same text ingested
 * under any name is the same document (data-contract §1). Offsets of every extracted fact are
 * {@code char} indices into {@code text}.
 *
 * @param id SHA-256 hex of {@code text}
 * @param source the path or URL the text was read from, as given
 * @param url the article's own URL when a header, meta tag or WARC record names it
 * @param title headline, when known
 * @param outlet publishing outlet, when stated (never guessed from cited outlets)
 * @param language {@code en}, {@code es}, ... when known
 * @param published the publication day, when known
 * @param publishedRange bounds on the publication day when only those are known
 * @param publishedBasis where {@code published} (or the range) came from
 * @param text the normalised body, without the header block
 * @param metadata other header or meta values, sorted by key
 */
public record Document(
    String id,
    String source,
    @Nullable String url,
    @Nullable String title,
    @Nullable String outlet,
    @Nullable String language,
    @Nullable LocalDate published,
    @Nullable DateRange publishedRange,
    PublishedBasis publishedBasis,
    String text,
    Map<String, String> metadata) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedBasis, "publishedBasis");
    Objects.requireNonNull(text, "text");
    if (!id.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("document id must be 64 hex digits (SHA-256): " + id);
    }
    if (published == null && publishedRange == null && publishedBasis != PublishedBasis.UNKNOWN) {
      throw new IllegalArgumentException("no publication date, yet basis is " + publishedBasis.key());
    }
    metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
  }

  /** Length of the body in {@code char}s, the unit of every offset. */
  public int characters() {
    return text.length();
  }
}
