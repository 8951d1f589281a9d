package org.reckon.model;

import org.jspecify.annotations.Nullable;

/** A claim with the document it was read in: one row of the record's claims. */
public record SourcedClaim(Claim claim, String documentId, String source, @Nullable String outlet) {}
