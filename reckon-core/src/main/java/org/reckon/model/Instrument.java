package org.reckon.model;

import java.util.List;

/** A legal or policy instrument behind the campaign: a directive, an order, an opinion, a designation. */
public record Instrument(String name, DateValue date, List<Span> evidence) {
  public Instrument {
    evidence = List.copyOf(evidence);
  }
}
