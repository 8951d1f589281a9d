package org.reckon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reckon.model.ActorType;
import org.reckon.model.Claim;
import org.reckon.model.ClaimKind;
import org.reckon.model.Incident;
import org.reckon.model.Span;
import org.reckon.model.SpeakerType;

/**
 * Claims: direct quotes and attributed paraphrases, each with who said it.
 *
 * <p>Design note. A quoted passage of four words or more is a direct quote when attribution
 * frames it ("“…,” X said", "X said: “…”", or a paragraph that is only a quote continuing the
 * last speaker); shorter quotes and quotes embedded in a reported clause ("X said the strike
 * showed the President is “willing to …”") are scare quotes or part of a paraphrase. A
 * paraphrase is a sentence with an attribution outside quotes: "X said (that) CLAUSE", "CLAUSE,
 * X said", "according to X, CLAUSE", "X told Y CLAUSE". The speaker is the noun phrase next to the
 * verb: a named actor (canonical name and its speaker type), a pronoun (the last speaker or person
 * named before it), or an unnamed source ("two former officials": speaker null, anonymous
 * official; "many experts": other). Nothing here tries to say who an unnamed source is.
 */
final class ClaimRules {
  private static final String VERBS = "said|says|say|told|tells|tell|added|adds|asserted|asserts|claimed|claims|argued|argues"
      + "|contended|contends|maintained|maintains|maintain|insisted|insists|warned|warns|noted|notes|acknowledged|acknowledges"
      + "|denied|denies|wrote|writes|posted|posts|stated|states|explained|explains|declared|declares"
      + "|suggested|suggests|alleged|alleges|testified|confirmed|confirms|recalled|recalls|responded|replied|conceded"
      + "|concluded|emphasized|stressed|reported|accused|urged|described|believes|believed|predicted|vowed|countered"
      + "|cautioned|railed|viewed|criticized|criticised|condemned|blamed|praised|defended|dismissed|echoed|called"
      + "|dijo|afirmó|aseguró|declaró|señaló|indicó|explicó|añadió|agregó|denunció|advirtió|sostuvo|escribió|publicó|informó";
  private static final String TOLD_OBJECT = "(?:\\s+(?:me|us|him|her|them|reporters|lawmakers|journalists|senators|the\\s+[\\p{L}-]+|"
      + "(?:The\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}))?";
  /** Speaker then verb at the end of a stretch: "..., Pentagon chief spokesman Sean Parnell said" */
  private static final Pattern NP_VERB_AT_END = Pattern.compile(
      "(?u)(?<np>[^,;:“”\"]{2,120}?)\\s+(?:has |have |had )?(?<verb>" + VERBS + ")" + TOLD_OBJECT + "\\s*[,.:]?\\s*$");
  /** Speaker (with an apposition) then verb after a quote: "…,” Chris Dalby, director of X, told The National." */
  private static final Pattern AFTER_QUOTE_NP_VERB = Pattern.compile(
      "(?u)^\\s*[,.]?\\s*(?:[^,“”\"]{0,40}?,\\s+)?(?<np>[^,;:“”\"]{2,100}?)(?:,[^“”\"]{0,200}?,)?\\s+(?:has |have |had )?(?<verb>"
          + VERBS + ")" + TOLD_OBJECT + "(?:\\s+(?:on|in|to|at|during|from|after|before)\\s[^,.;“”\"]{1,40})?\\s*(?:[,.;:]|$)");
  /** Verb then speaker: "..., said Chris Dalby, director of ..." */
  private static final Pattern VERB_NP = Pattern.compile(
      "(?u)^\\s*,?\\s*(?:" + VERBS + ")\\s+(?<np>(?:the |a |an |one |two |three |four |five )?[^,.;“”\"]{2,80}?)(?=,\\s+(?:a|an|the|who|director|author|professor)\\b|[.,;]|$)");
  /** Speaker, verb, then the reported clause: "Defence Secretary Pete Hegseth said the strike showed ..." */
  private static final Pattern NP_VERB_CLAUSE = Pattern.compile(
      "(?u)^(?<lead>(?:(?:But|And|So|Yet|Still|However|Meanwhile|In a statement|In an interview|On \\p{Lu}\\p{L}+|Last \\p{L}+|Earlier|Later),?\\s+)?)"
          + "(?<np>[^,;:“”\"]{2,120}?)\\s+(?:has |have |had |also |later |previously |repeatedly |separately |privately |publicly )?(?<verb>"
          + VERBS + ")" + TOLD_OBJECT + "(?:,? without (?:offering|providing|giving) (?:any )?(?:proof|evidence),)?\\s+(?:that\\s+)?(?<clause>.{8,})$");
  /** "CLAUSE, X said." */
  private static final Pattern CLAUSE_NP_VERB = Pattern.compile(
      "(?u)^(?<clause>.{8,}?),\\s+(?<np>[^,;:“”\"]{2,100}?)\\s+(?:has |have |had )?(?<verb>" + VERBS + ")" + TOLD_OBJECT
          + "(?<tail>(?:,\\s[^.]{0,120})?)[.!?]?[”\"]?$");
  /** "CLAUSE, said X." */
  private static final Pattern CLAUSE_VERB_NP = Pattern.compile(
      "(?u)^(?<clause>.{8,}?),\\s+(?:" + VERBS + ")\\s+(?<np>[^,;:“”\"]{2,100}?)(?:,\\s[^.]{0,160})?[.!?]?$");
  /** "A, X said, B." — a parenthetical attribution: the whole sentence is the claim. */
  private static final Pattern PARENTHETICAL = Pattern.compile(
      "(?u)^.{8,}?,\\s+(?<np>[^,;:“”\"]{2,100}?)\\s+(?<verb>said|say|says|dijo|dicen),\\s+.{8,}$");
  /** "Secretary of State Marco Rubio, who ..., echoed those sentiments, saying the US could ..." */
  private static final Pattern SAYING = Pattern.compile(
      "(?u)^(?<np>[^,;:“”\"]{2,80}?)(?:,[^“”\"]{0,160}?)?,\\s+(?:saying|adding|arguing|warning|claiming|insisting|noting|asserting|diciendo)\\s+(?:that\\s+)?(?<clause>.{8,})$");
  /** "..., which Mr Dalby says has become a “brand for hire” ..." */
  private static final Pattern WHICH_NP_SAYS = Pattern.compile(
      "(?u)\\b(?:which|who|that|what)\\s+(?<np>(?:\\p{Lu}[\\p{L}.’'-]*\\s?){1,4}|the [\\p{L} ]{2,40}?|officials|experts)\\s+(?:says|said|say|claims|claimed|argues|contends|maintains)\\s+(?<clause>.{8,})$");
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "(?iu)(?:,\\s*)?\\b(?:according to|según)\\s+(?<np>[^,;.“”\"]{2,120}?)(?=[,;.]|$)");
  private static final Pattern PRONOUN = Pattern.compile("(?iu)^(?:he|she|they|him|her|él|ella|ellos)$");
  private static final Pattern ANONYMOUS = Pattern.compile(
      "(?iu)\\b(?:officials?|aides?|sources?|source|person|people|someone|diplomats?|insiders?|lawyers|personnel|staffers?|"
          + "officers?|administration|familiar|funcionarios?|fuentes?|persona)\\b");
  private static final Pattern OTHER_GROUP = Pattern.compile(
      "(?iu)\\b(?:experts|analysts|critics|observers|scholars|legal experts|human rights groups|advocates|residents|witnesses|"
          + "fishermen|many|some|others|expertos|analistas|críticos)\\b");
  private static final Pattern FAMILY = Pattern.compile(
      "(?iu)\\b(?:family|families|relatives?|sister|brother|mother|father|wife|husband|son|daughter|cousin|widow|"
          + "familia|familiares|hermana|hermano|madre|padre|esposa|hijo|hija)\\b");
  private static final Pattern LEGAL = Pattern.compile(
      "(?iu)\\b(?:legal|illegal|law|laws|lawful|unlawful|authority|authoriz|authoris|armed conflict|war powers|constitution|"
          + "opinion|memo|OLC|targeting|combatants?|murder|extrajudicial|international law|justification|legislation|legalidad|ilegal)\\w*");
  private static final int MIN_QUOTE_WORDS = 4;
  /** Which characters of the current document lie inside quote marks (set per document, per thread). */
  private static final ThreadLocal<boolean[]> QUOTED = ThreadLocal.withInitial(() -> new boolean[0]);

  private ClaimRules() {}

  static List<Claim> find(Analysis a, ActorRules.Result actors, List<Incident> incidents) {
    String text = a.text();
    List<Claim> claims = new ArrayList<>();
    List<Quotes.Quote> quotes = Quotes.find(text).stream().filter(q -> inContent(a, q.start())).toList();
    Speaker lastSpeaker = null;
    int lastQuoteEnd = -1;
    boolean[] quoted = new boolean[text.length() + 1];
    for (Quotes.Quote q : quotes) {
      for (int i = Math.max(0, q.start() - 1); i <= Math.min(text.length() - 1, q.end()); i++) {
        quoted[i] = true;
      }
    }
    QUOTED.set(quoted);
    // Direct quotes
    for (Quotes.Quote q : quotes) {
      if (q.words(text) < MIN_QUOTE_WORDS) {
        continue;
      }
      Sentence s = sentenceAt(a, q.start());
      Sentence last = sentenceAt(a, Math.max(q.start(), q.end() - 1));
      if (s == null || last == null) {
        continue;
      }
      String beforeInSentence = text.substring(s.start(), Math.max(s.start(), q.start() - 1));
      String afterQuote = text.substring(Math.min(text.length(), q.end() + 1), endOfClause(text, q.end() + 1, last.end()));
      Speaker speaker = null;
      Matcher after = VERB_NP.matcher(afterQuote);
      Matcher afterNp = AFTER_QUOTE_NP_VERB.matcher(afterQuote);
      if (after.find()) {
        speaker = speaker(a, actors, s, q.end() + 1 + after.start("np"), after.group("np"), lastSpeaker, q.start());
      } else if (afterNp.find()) {
        speaker = speaker(a, actors, s, q.end() + 1 + afterNp.start("np"), afterNp.group("np"), lastSpeaker, q.start());
      }
      boolean framed = speaker != null;
      if (speaker == null) {
        String lead = beforeInSentence.strip();
        Matcher before = NP_VERB_AT_END.matcher(lead);
        if (lead.isEmpty() || lead.endsWith(":")) {
          framed = true;
        }
        if (!lead.isEmpty() && before.matches() && (lead.endsWith(":") || lead.endsWith(",") || before.group("verb") != null)) {
          int npStart = s.start() + beforeInSentence.indexOf(before.group("np").strip());
          speaker = speaker(a, actors, s, npStart, before.group("np"), lastSpeaker, q.start());
          framed = true;
        }
      }
      if (speaker == null && framed && lastSpeaker != null && q.start() - lastQuoteEnd < 1200) {
        speaker = lastSpeaker; // a quote standing alone continues the last speaker
      }
      if (speaker == null || !framed) {
        continue;
      }
      String quoteText = text.substring(q.start(), q.end()).strip().replaceFirst("[,]$", "");
      int start = q.start() + (text.substring(q.start(), q.end()).length() - text.substring(q.start(), q.end()).stripLeading().length());
      claims.add(new Claim(speaker.canonical, speaker.mention, speaker.type, ClaimKind.DIRECT_QUOTE, quoteText,
          about(a, s, incidents, quoteText), List.of(Span.of(text, start, start + quoteText.length()))));
      lastSpeaker = speaker;
      lastQuoteEnd = q.end();
    }
    // Paraphrases
    for (Sentence s : a.sentences()) {
      String t = s.text();
      if (hasDirectQuote(claims, s)) {
        continue;
      }
      Paraphrase p = paraphrase(t);
      if (p == null || insideQuote(quoted, s.start() + p.npStart())) {
        continue;
      }
      Speaker speaker = speaker(a, actors, s, s.start() + p.npStart(), p.np(), lastSpeaker, s.start());
      if (speaker == null) {
        continue;
      }
      String clause = p.clause().strip().replaceFirst("[.,;:]$", "").strip();
      if (clause.split("\\s+").length < 3) {
        continue;
      }
      int clauseStart = s.start() + t.indexOf(clause);
      Span span = clauseStart >= s.start() ? Span.of(text, clauseStart, clauseStart + clause.length()) : a.span(s);
      claims.add(new Claim(speaker.canonical, speaker.mention, speaker.type, ClaimKind.PARAPHRASE, clause,
          about(a, s, incidents, clause), List.of(span)));
      if (speaker.canonical != null) {
        lastSpeaker = speaker;
      }
    }
    claims.sort(java.util.Comparator.comparingInt(c -> c.evidence().get(0).start()));
    return claims;
  }

  private record Paraphrase(String np, int npStart, String clause) {}

  private static @Nullable Paraphrase paraphrase(String t) {
    Matcher m = SAYING.matcher(t);
    if (m.matches()) {
      return new Paraphrase(m.group("np"), m.start("np"), m.group("clause"));
    }
    m = WHICH_NP_SAYS.matcher(t);
    if (m.find()) {
      return new Paraphrase(m.group("np"), m.start("np"), m.group("clause"));
    }
    m = ACCORDING_TO.matcher(t);
    if (m.find()) {
      String clause = (t.substring(0, m.start()) + t.substring(m.end())).replaceFirst("^[,\\s]+", "").strip();
      return new Paraphrase(m.group("np"), m.start("np"), clause);
    }
    m = PARENTHETICAL.matcher(t);
    if (m.matches() && !m.group("np").contains("“")) {
      return new Paraphrase(m.group("np"), m.start("np"), t);
    }
    m = CLAUSE_NP_VERB.matcher(t);
    if (m.matches()) {
      return new Paraphrase(m.group("np"), m.start("np"), m.group("clause"));
    }
    m = CLAUSE_VERB_NP.matcher(t);
    if (m.matches()) {
      return new Paraphrase(m.group("np"), m.start("np"), m.group("clause"));
    }
    m = NP_VERB_CLAUSE.matcher(t);
    if (m.matches()) {
      return new Paraphrase(m.group("np"), m.start("np"), m.group("clause"));
    }
    return null;
  }

  /** Who spoke: canonical name (null when unnamed), the words used, and the speaker type. */
  private record Speaker(@Nullable String canonical, String mention, SpeakerType type) {}

  private static @Nullable Speaker speaker(Analysis a, ActorRules.Result actors, Sentence s, int npStart, String np,
      @Nullable Speaker last, int claimAt) {
    String raw = np.strip();
    int offset = npStart + (np.length() - np.stripLeading().length());
    String mention = cleanMention(raw);
    if (mention.isEmpty() || mention.split("\\s+").length > 16) {
      return null;
    }
    int mentionStart = offset + raw.indexOf(mention);
    int mentionEnd = mentionStart + mention.length();
    // a named actor inside the noun phrase: the person if there is one, else the body
    ActorMention best = null;
    for (ActorMention m : actors.mentions()) {
      if (m.start() >= mentionStart && m.end() <= mentionEnd) {
        if (best == null || (isPerson(actors, m.canonical()) && !isPerson(actors, best.canonical()))) {
          best = m;
        }
      }
    }
    if (best != null) {
      SpeakerType type = actors.speakerTypes().getOrDefault(best.canonical(), SpeakerType.OTHER);
      SpeakerType described = KnownNames.typeOfDescription(mention.replace(best.surface(), " "));
      if (described == SpeakerType.GOVERNMENT_SPOKESPERSON || described == SpeakerType.LAWMAKER
          || (type == SpeakerType.OTHER && described != null)) {
        type = described;
      }
      if (type == SpeakerType.OTHER && isPerson(actors, best.canonical())) {
        type = SpeakerType.NAMED_EXPERT == described ? described : type;
      }
      return new Speaker(best.canonical(), mention, type);
    }
    if (PRONOUN.matcher(mention).matches()) {
      // the person named last before the pronoun, outside quotes ("Rubio ... “…,” he said")
      ActorMention previous = null;
      for (ActorMention m : actors.mentions()) {
        if (m.end() <= mentionStart && isPerson(actors, m.canonical()) && !QUOTED.get()[m.start()]) {
          previous = m;
        }
      }
      if (previous == null) {
        return last == null || last.canonical == null ? null : new Speaker(last.canonical, last.mention, last.type);
      }
      return new Speaker(previous.canonical(), previous.surface(),
          actors.speakerTypes().getOrDefault(previous.canonical(), SpeakerType.OTHER));
    }
    if (!looksLikeNounPhrase(mention)) {
      return null;
    }
    if (FAMILY.matcher(mention).find()) {
      return new Speaker(null, mention, SpeakerType.FAMILY_MEMBER);
    }
    if (ANONYMOUS.matcher(mention).find()) {
      return new Speaker(null, mention, SpeakerType.ANONYMOUS_OFFICIAL);
    }
    if (OTHER_GROUP.matcher(mention).find()) {
      return new Speaker(null, mention, SpeakerType.OTHER);
    }
    return null;
  }

  private static boolean isPerson(ActorRules.Result actors, String canonical) {
    return actors.actors().stream().anyMatch(x -> x.name().equals(canonical) && x.type() == ActorType.PERSON);
  }

  /** Drops leading connectives and time phrases: "But on Wednesday, the Pentagon" -> "the Pentagon". */
  private static String cleanMention(String np) {
    String m = np.replaceFirst("(?iu)^(?:but|and|so|yet|still|however|meanwhile|instead|now|then|also)\\s+", "");
    m = m.replaceFirst("(?iu)\\s+(?:on|last|this|earlier|later)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$", "");
    m = m.replaceFirst("(?iu)\\s+(?:in a statement|in an interview|in a post|on social media|on truth social|on x)$", "");
    m = m.replaceFirst("(?iu)\\s+(?:also|later|previously|repeatedly|separately|privately|publicly|have|has|had)$", "");
    return m.strip();
  }

  /** A speaker phrase starts like a noun phrase: a determiner, a number, or a capital. */
  private static boolean looksLikeNounPhrase(String mention) {
    return mention.matches("(?u)^(?:the|a|an|one|two|three|four|five|six|several|some|many|most|other|current|former|"
        + "senior|u\\.s\\.|us|american|\\d+|el|la|los|las|un|una|unos|varios|\\p{Lu}).*")
        && !mention.matches("(?iu).*\\b(?:it|this|that|which|what|who|there)$");
  }

  private static String about(Analysis a, Sentence s, List<Incident> incidents, String claimText) {
    for (Incident i : incidents) {
      if (i.date().known() && i.evidence().stream().anyMatch(e -> e.start() <= s.start() && s.end() <= e.end())) {
        return "incident:" + i.date().iso();
      }
    }
    if (LEGAL.matcher(claimText).find() || LEGAL.matcher(s.text()).find()) {
      return "legal_basis";
    }
    return "campaign";
  }

  private static boolean hasDirectQuote(List<Claim> claims, Sentence s) {
    return claims.stream().anyMatch(c -> c.kind() == ClaimKind.DIRECT_QUOTE
        && c.evidence().get(0).start() >= s.start() && c.evidence().get(0).start() < s.end());
  }

  private static boolean insideQuote(boolean[] quoted, int at) {
    return at < quoted.length && quoted[at];
  }

  private static int endOfClause(String text, int from, int sentenceEnd) {
    int end = Math.min(sentenceEnd, text.length());
    int nextQuote = text.indexOf('“', from);
    if (nextQuote >= 0 && nextQuote < end) {
      end = nextQuote;
    }
    return Math.max(from, end);
  }

  private static @Nullable Sentence sentenceAt(Analysis a, int offset) {
    for (Sentence s : a.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static boolean inContent(Analysis a, int offset) {
    return sentenceAt(a, offset) != null;
  }
}
