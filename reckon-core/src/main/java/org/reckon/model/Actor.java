package org.reckon.model;

import java.util.List;

/** A person or body that acts or speaks in a document, with every name it goes by there. */
public record Actor(String name, ActorType type, List<String> aliases, List<String> roles, List<Span> evidence) {
  public Actor {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    evidence = List.copyOf(evidence);
  }
}
