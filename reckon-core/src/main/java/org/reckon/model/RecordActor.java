package org.reckon.model;

import java.util.List;

/**
 * An actor across all documents: one canonical name, every alias and role any document gives it,
 * and the documents it appears in. "Defense Secretary Pete Hegseth" in one report and "Hegseth"
 * in another are one actor.
 */
public record RecordActor(String name, ActorType type, List<String> aliases, List<String> roles, List<String> documentIds) {
  public RecordActor {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    documentIds = List.copyOf(documentIds);
  }
}
