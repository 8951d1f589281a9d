package org.reckon.server;

import io.javalin.http.Context;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reckon.store.RecordRepository;

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

  /** The filter and page, as the database applies them ({@link org.reckon.store.RecordRepository#claims}). */
  RecordRepository.ClaimFilter page() {
    return new RecordRepository.ClaimFilter(speaker, speakerType, named, about, text, limit, offset);
  }

  /** The filter, every claim it selects: for downloads. */
  RecordRepository.ClaimFilter all() {
    return new RecordRepository.ClaimFilter(speaker, speakerType, named, about, text, Integer.MAX_VALUE, 0);
  }
}
