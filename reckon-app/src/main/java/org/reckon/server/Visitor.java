package org.reckon.server;

import org.jspecify.annotations.Nullable;
import org.reckon.store.Account;
import org.reckon.store.Session;

/**
 * Who is asking, as the pages need it: signed in or not, with which role, and whether the server
 * has accounts at all (without them it is read-only and offers no login).
 */
record Visitor(@Nullable Session session, boolean accountsExist) {
  static final Visitor ANONYMOUS_READ_ONLY = new Visitor(null, false);

  boolean signedIn() {
    return session != null;
  }

  /** Whether the visitor may do what {@code role} may. */
  boolean may(Account.Role role) {
    return session != null && session.account().role().allows(role);
  }

  String name() {
    return session == null ? "" : session.account().name();
  }

  String csrf() {
    return session == null ? "" : session.csrfToken();
  }
}
