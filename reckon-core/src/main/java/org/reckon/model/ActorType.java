package org.reckon.model;

import java.util.Locale;

public enum ActorType {
  PERSON, ORGANIZATION, GOVERNMENT_BODY, ARMED_GROUP;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
