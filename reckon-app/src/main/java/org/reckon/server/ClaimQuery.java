package org.reckon.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.model.SourcedClaim;

/** Filters of the claims list: speaker, speaker type, named or anonymous, subject, text. */
record ClaimQuery(@Nullable String speaker, @Nullable String speakerType, @Nullable Boolean named, @Nullable String about,
    @Nullable String text, int limit, int offset) {
  static final Set<String> TYPES = Set.of("named_official", "anonymous_official", "named_expert", "lawmaker",
      "family_member", "organization", "government_spokesperson", "other");

  static ClaimQuery from(Context ctx) {
    String type = IncidentQuery.blankToNull(ctx.queryParam("speaker_type"));
    if (type != null && !TYPES.contains(type)) {
      throw ApiError.badParameter("speaker_type", type, "one of " + String.join(", ", TYPES.stream().sorted().toList()));
    }
    String named = IncidentQuery.blankToNull(ctx.queryParam("named"));
    if (named != null && !Set.of("true", "false").contains(named)) {
      throw ApiError.badParameter("named", named, "true or false");
    }
    return new ClaimQuery(IncidentQuery.blankToNull(ctx.queryParam("speaker")), type,
        named == null ? null : Boolean.valueOf(named), IncidentQuery.blankToNull(ctx.queryParam("about")),
        IncidentQuery.blankToNull(ctx.queryParam("q")), IncidentQuery.integer(ctx, "limit", 100, 1, 1000),
        IncidentQuery.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
  }

  List<SourcedClaim> apply(List<SourcedClaim> claims) {
    return claims.stream()
        .filter(c -> speaker == null || (c.claim().speaker() != null && c.claim().speaker().equalsIgnoreCase(speaker)))
        .filter(c -> speakerType == null || c.claim().speakerType().key().equals(speakerType))
        .filter(c -> named == null || named == (c.claim().speaker() != null))
        .filter(c -> about == null || c.claim().about().equals(about))
        .filter(c -> text == null || c.claim().text().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
        .toList();
  }
}
