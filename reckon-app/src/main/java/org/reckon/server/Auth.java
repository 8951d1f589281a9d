package org.reckon.server;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reckon.accounts.LoginThrottle;
import org.reckon.accounts.Passwords;
import org.reckon.accounts.Tokens;
import org.reckon.store.Account;
import org.reckon.store.Database;
import org.reckon.store.Session;

/**
 * Sign-in, sessions and CSRF protection for the server.
 *
 * <p>A session is a random token in an HttpOnly, SameSite=Strict cookie (Secure when the request
 * came over TLS, directly or through a proxy that says so); the database keeps only the token's
 * SHA-256 and the session's CSRF token. Every state-changing request must carry that CSRF token,
 * as the form field {@value #CSRF_FIELD} or the header {@value #CSRF_HEADER}; the login form,
 * made before any session exists, carries a token that must match a cookie of its own
 * (double submit). Failed logins are throttled per account name ({@link LoginThrottle}). An
 * unknown name costs the same hashing time as a wrong password and gets the same answer.
 *
 * <p>Thread-safe: every database access holds the database's lock, as the rest of the server does.
 */
final class Auth {
  static final String SESSION_COOKIE = "reckon_session";
  static final String LOGIN_COOKIE = "reckon_login";
  static final String CSRF_FIELD = "csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final Duration SESSION_LENGTH = Duration.ofHours(8);
  private static final String VISITOR = "reckon.visitor";

  private final Database db;
  private final Readers readers;
  private final Clock clock;
  private final Passwords passwords = Passwords.standard();
  private final LoginThrottle throttle;

  Auth(Database db, Clock clock, Readers readers) {
    this.db = db;
    this.readers = readers;
    this.clock = clock;
    this.throttle = new LoginThrottle(clock);
  }

  /** Finds the request's session, if any, and remembers who is asking for the handlers. */
  Visitor identify(Context ctx) throws InterruptedException {
    String token = ctx.cookie(SESSION_COOKIE);
    // on a reader connection of its own, not under the database's lock: every request asks this
    Visitor v = readers.read(r -> r.consistently(() -> {
      boolean accounts = r.accounts().count() > 0;
      Session session = accounts && token != null && !token.isBlank()
          ? r.accounts().findSession(Tokens.sha256(token), clock.instant()).orElse(null) : null;
      return new Visitor(session, accounts);
    }));
    ctx.attribute(VISITOR, v);
    return v;
  }

  static Visitor visitor(Context ctx) {
    Visitor v = ctx.attribute(VISITOR);
    return v == null ? Visitor.ANONYMOUS_READ_ONLY : v;
  }

  /**
   * Refuses a state-changing request unless it comes from a session whose CSRF token it carries
   * and whose account has {@code role}: 401 without a (live) session, 403 for a missing or wrong
   * token or a role too low. Nothing has been read or written when it throws.
   */
  Session require(Context ctx, Account.Role role) {
    Visitor v = visitor(ctx);
    if (!v.accountsExist()) {
      throw ApiError.forbidden("read_only", "this server has no accounts and is read-only; add one with "
          + "'reckon user add NAME --role editor'");
    }
    Session s = v.session();
    if (s == null) {
      throw ApiError.loginRequired();
    }
    if (!Tokens.same(s.csrfToken(), csrfOf(ctx))) {
      throw ApiError.forbidden("csrf_token_invalid", "the request's CSRF token is missing or wrong; reload the page and try again");
    }
    if (!s.account().role().allows(role)) {
      throw ApiError.forbidden("forbidden", "account '" + s.account().name() + "' is a " + s.account().role().key()
          + "; this needs an " + (role == Account.Role.ADMIN ? "admin" : "editor"));
    }
    return s;
  }

  private static @Nullable String csrfOf(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    if (header != null) {
      return header;
    }
    String type = ctx.contentType();
    if (type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
      return ctx.formParam(CSRF_FIELD);
    }
    return null;
  }

  /** A new token for the login form, also set as its cookie. */
  String loginToken(Context ctx) {
    String token = Tokens.random();
    setCookie(ctx, LOGIN_COOKIE, token, Duration.ofHours(1));
    return token;
  }

  /** What a login attempt came to. */
  sealed interface Outcome {
    record SignedIn(String token) implements Outcome {}

    record Refused(String message) implements Outcome {}

    record Throttled(long seconds) implements Outcome {}
  }

  /**
   * Checks the login form: its CSRF token (403 when wrong), the throttle, then name and password.
   * On success starts a session and sets its cookie.
   */
  Outcome login(Context ctx, String name, String password) {
    if (!Tokens.same(ctx.cookie(LOGIN_COOKIE), ctx.formParam(CSRF_FIELD))) {
      throw ApiError.forbidden("csrf_token_invalid", "the login form's token is missing or wrong; reload the login page");
    }
    Duration wait = throttle.waitFor(name);
    if (!wait.isZero()) {
      return new Outcome.Throttled(Math.max(1, wait.toSeconds()));
    }
    Optional<Account> account;
    synchronized (db) {
      account = db.accounts().find(name);
    }
    char[] secret = password.toCharArray();
    boolean ok;
    try {
      ok = account.isPresent() ? passwords.verify(secret, account.get().passwordHash()) : passwords.verifyNoAccount(secret);
    } finally {
      Passwords.wipe(secret);
    }
    if (!ok) {
      throttle.failed(name);
      return new Outcome.Refused("Wrong name or password.");
    }
    throttle.succeeded(name);
    String token = Tokens.random();
    Instant expires = clock.instant().plus(SESSION_LENGTH);
    synchronized (db) {
      db.accounts().removeExpiredSessions(clock.instant());
      db.accounts().addSession(Tokens.sha256(token), account.get().name(), Tokens.random(), expires);
    }
    setCookie(ctx, SESSION_COOKIE, token, SESSION_LENGTH);
    clearCookie(ctx, LOGIN_COOKIE);
    return new Outcome.SignedIn(token);
  }

  /** Ends the request's session (its CSRF token checked) and clears the cookie. */
  void logout(Context ctx) {
    Visitor v = visitor(ctx);
    Session s = v.session();
    if (s != null) {
      if (!Tokens.same(s.csrfToken(), csrfOf(ctx))) {
        throw ApiError.forbidden("csrf_token_invalid", "the request's CSRF token is missing or wrong; reload the page and try again");
      }
      synchronized (db) {
        db.accounts().removeSession(s.tokenHash());
      }
    }
    clearCookie(ctx, SESSION_COOKIE);
  }

  private static boolean overTls(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  private static void setCookie(Context ctx, String name, String value, Duration life) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + life.toSeconds()
        + "; HttpOnly; SameSite=Strict" + (overTls(ctx) ? "; Secure" : ""));
  }

  private static void clearCookie(Context ctx, String name) {
    ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (overTls(ctx) ? "; Secure" : ""));
  }
}
