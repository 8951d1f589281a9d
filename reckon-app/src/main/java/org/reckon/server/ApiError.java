package org.reckon.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reckon.search.SearchIndex;

/** An error the API answers with a status and a machine-readable body such as {@code {"error":"incident_not_found","id":"..."}}. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final transient Map<String, Object> body;

  private ApiError(int status, Map<String, Object> body) {
    super(String.valueOf(body.get("error")));
    this.status = status;
    this.body = body;
  }

  static ApiError notFound(String what, String id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", what + "_not_found");
    body.put("id", id);
    body.put("message", "no " + what + " '" + id + "'");
    return new ApiError(404, body);
  }

  /** A search Lucene cannot run: {@code bad_parameter} on {@code q}, saying how to make it smaller. */
  static ApiError queryTooLarge(String q, SearchIndex.QueryTooLargeException e) {
    return badParameter("q", q, e.tooManyTerms()
        ? "at most " + SearchIndex.MAX_TERMS + " words or phrases (this query has " + e.terms() + "); search for fewer words"
        : "a query whose prefix* and fuzzy~ terms match fewer words (these expand past Lucene's limit);"
            + " search for fewer or more exact words");
  }

  /** 401: the request needs a signed-in account (none, or its session has ended). */
  static ApiError loginRequired() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "login_required");
    body.put("message", "sign in first (no session, or it has ended)");
    return new ApiError(401, body);
  }

  /** 403 with a code saying why: {@code forbidden}, {@code csrf_token_invalid}, {@code read_only}. */
  static ApiError forbidden(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    return new ApiError(403, body);
  }

  /** 400 listing each bad field of a request with its value and what is wrong. */
  static ApiError invalid(String code, java.util.List<Map<String, Object>> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("problems", problems);
    body.put("message", String.join("; ", problems.stream().map(p -> String.valueOf(p.get("message"))).toList()));
    return new ApiError(400, body);
  }

  /** 409: what the request would create exists already. */
  static ApiError conflict(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    return new ApiError(409, body);
  }

  static ApiError badParameter(String parameter, String value, String expected) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "bad_parameter");
    body.put("parameter", parameter);
    body.put("value", value);
    body.put("message", parameter + " must be " + expected);
    return new ApiError(400, body);
  }
}
