package org.reckon.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reckon.model.Contradiction;
import org.reckon.model.SourcedClaim;

/**
 * Links claims that disagree.
 *
 * <p>Design note. Affiliation is the field the campaign's claims fight over most: officials say
 * the dead were members of a named group, relatives and analysts say they were not. A claim
 * speaks of the affiliation of the people struck when it names a group (armed-groups lexicon)
 * and the people or boat ("the 11 men", "members", "none of them", "the boat"); it disputes it
 * when it negates or rejects ("not", "none", "nothing to do with", "inaccurate", "ludicrous",
 * "no evidence"), and asserts it otherwise. Each group with both kinds of claim is one
 * contradiction with both sides. Other fields (cargo, destination) are not linked yet.
 */
final class Contradictions {
  private static final Pattern PEOPLE_STRUCK = Pattern.compile(
      "(?iu)\\b(?:men|people|members|member|crew|those killed|the dead|aboard|on board|boat|ship|vessel|victims|"
          + "fishermen|none of them|all \\d+|the \\d+|\\d+|hombres|personas|miembros|lancha|embarcación|tripulantes)\\b");
  private static final Pattern DISPUTE = Pattern.compile(
      "(?iu)\\b(?:not|no|none|never|nothing to do with|inaccurate|false|untrue|ludicrous|absurd|baseless|unfounded|"
          + "no evidence|without evidence|denied|denies|deny|rejected|rejects|lie|lies|lying|ningún|ninguno|nada que ver|"
          + "falso|mentira|niega|negó)\\b");

  private Contradictions() {}

  static List<Contradiction> find(List<SourcedClaim> claims) {
    List<Contradiction> found = new ArrayList<>();
    for (String group : Lexicons.armedGroups()) {
      Pattern names = Lexicons.aliasPattern(group);
      List<SourcedClaim> asserting = new ArrayList<>();
      List<SourcedClaim> disputing = new ArrayList<>();
      for (SourcedClaim c : claims) {
        String text = c.claim().text();
        Matcher m = names.matcher(text);
        if (!m.find() || !PEOPLE_STRUCK.matcher(text).find()) {
          continue;
        }
        (DISPUTE.matcher(text).find() ? disputing : asserting).add(c);
      }
      if (!asserting.isEmpty() && !disputing.isEmpty()) {
        found.add(new Contradiction("affiliation", group, asserting, disputing));
      }
    }
    return found;
  }
}
