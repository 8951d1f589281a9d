package org.reckon.extract;

import org.reckon.model.Count;

/**
 * A number in a sentence with its qualifier ("at least 99"): {@code [start, end)} covers both,
 * relative to the sentence; {@code noun} is the word right after the number, lower-cased
 * ("people", "boats"), or empty.
 */
record CountMention(Count count, int start, int end, String noun) {}
