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

  static ApiError badParameter(String parameter, String value, String expected) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "bad_parameter");
    body.put("parameter", parameter);
    body.put("value", value);
    body.put("message", parameter + " must be " + expected);
    return new ApiError(400, body);
  }
}
