package org.reckon.extract;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The weekday a strike is told by in a report that gives no day for it ("Tuesday's strike ...
 * killed 11" in an undated report): the only weekday its sentences name that is not when someone
 * spoke ("The US on Wednesday said"). The record uses it to place such a strike among the ones
 * dated reports tell; extraction itself gives it no day (annotation guide).
 */
public final class StrikeWeekdays {
  private static final Pattern WEEKDAY = Pattern.compile("(?iu)\\b(" + DateResolver.WEEKDAY_NAMES + ")(?!\\p{L})");
  private static final Pattern SPOKEN_BEFORE = Pattern.compile("(?iu)\\b(?:the \\p{L}+ )?(?:on|el)\\s+$");
  private static final Pattern SPOKEN_AFTER = Pattern.compile("(?iu)^\\s+(?:said|says|announced|dijo|anunció|informó)\\b");

  private StrikeWeekdays() {}

  /** The one weekday {@code text} tells the strike by, or null when it names none or several. */
  public static @Nullable DayOfWeek of(String text) {
    Set<DayOfWeek> found = EnumSet.noneOf(DayOfWeek.class);
    for (Matcher m = WEEKDAY.matcher(text); m.find(); ) {
      String before = text.substring(0, m.start());
      String after = text.substring(m.end());
      boolean spoken = IncidentRules.SPEECH_BEFORE.matcher(before).find() || IncidentRules.SPEECH_AFTER.matcher(after).find()
          || SPOKEN_BEFORE.matcher(before).find() && SPOKEN_AFTER.matcher(after).find();
      if (!spoken) {
        found.add(DateResolver.weekday(m.group(1)));
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }
}
