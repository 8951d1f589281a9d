package org.reckon.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the document list: what identifies a document, without its text. */
public record DocumentSummary(
    String id,
    String source,
    @Nullable String title,
    @Nullable String outlet,
    @Nullable LocalDate published,
    String publishedBasis,
    int characters) {}
