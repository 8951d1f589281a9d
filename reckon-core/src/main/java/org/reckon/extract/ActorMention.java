package org.reckon.extract;

/** Where the text names an actor: {@code [start, end)} in the document, and which actor. */
record ActorMention(int start, int end, String canonical, String surface) {}
