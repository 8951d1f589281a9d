package org.reckon.extract;

import org.reckon.model.DateValue;

/**
 * A date expression in a sentence, resolved: {@code [start, end)} relative to the sentence.
 * {@code relative} is true for expressions that need the publication date ("Tuesday",
 * "last month"), false for absolute ones ("Sept. 2").
 */
record DateMention(DateValue value, int start, int end, boolean relative) {}
