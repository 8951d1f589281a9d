package org.reckon.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
  /** The verbs of saying (speech-verbs.txt), a regular expression. */
  private static final String VERBS = Lexicons.wordClass("speech-verbs.txt").any();
  private static final String TOLD_OBJECT = "(?:(?<=told|tells|tell)\\s+(?:me|us|him|her|them|reporters|lawmakers|journalists|senators|the\\s+[\\p{L}-]+|"
      + "(?:The\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}))?"
      // "dijo a la prensa", "dijo a Reuters que ..."
      + "(?:(?<=dijo|declaró|aseguró|afirmó|explicó|señaló|indicó|contó|dijeron|aseguraron|afirmaron)\\s+a\\s+(?:la\\s+prensa|los\\s+periodistas"
      + "|(?:la\\s+|el\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}))?";
  /** Where or when something was said, after the verb: "said Wednesday", "wrote on social media". */
  private static final String WHEN_WHERE = "(?:(?:on |last |this |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
      + "(?: night| morning| afternoon| evening)?|yesterday|today|tonight|last (?:week|month|night)|earlier|later"
      + "|in a statement|in an interview|in a (?:social media )?post(?: on X)?|on X|on social media|on Truth Social"
      + "|to reporters|at a (?:news|press) conference|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
      + "|este (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|en (?:un comunicado|la red social X|X))";
  /** Speaker then verb at the end of a stretch: "..., Pentagon chief spokesman Sean Parnell said" */
  private static final Pattern NP_VERB_AT_END = Pattern.compile(
      "(?u)(?:[^“”\"]*?,\\s+)?(?<np>[^,;:“”\"]{2,120}?)\\s+(?:has |have |had )?(?<verb>" + VERBS + ")" + TOLD_OBJECT
          + "\\s*[,.:]?\\s*$");
  /** Speaker (with an apposition) then verb after a quote: "…,” Chris Dalby, director of X, told The National." */
  private static final Pattern AFTER_QUOTE_NP_VERB = Pattern.compile(
      "(?u)^\\s*[,.]?\\s*(?:[^,“”\"]{0,40}?,\\s+)?(?<np>[^,;:“”\"]{2,100}?(?:,[^“”\"]{0,200}?,)?)\\s+(?:has |have |had )?(?<verb>"
          + VERBS + ")\\b");
  /** "As a former Trump Administration official put it, “…”" */
  private static final Pattern PUT_IT = Pattern.compile("(?u)\\b[Aa]s\\s+(?<np>[^,;:“”\"]{2,80}?)\\s+(?:put it|puts it|said|says|noted|wrote),?\\s*$");
  /** A lead with the attribution inside it: "The term, said Rebecca Ingber, a professor …, “…”" */
  /** A dateline is not part of what was said: "WASHINGTON —", "Oct 29 (Reuters) -", "CARACAS, 16 oct (EFE).-". */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu} .,()]{2,40}\\s[—–-]\\s+"
          + "|(?:\\p{Lu}[\\p{L} .]{1,30},?\\s+)?(?:\\d{1,2}\\s+\\p{L}{3,10}\\.?|\\p{L}{3,10}\\.?\\s+\\d{1,2})?\\s*"
          + "\\((?:AP|Reuters|AFP|EFE|Bloomberg|Xinhua|dpa|ANSA|UPI|Europa Press)\\)\\s*\\.?\\s*[—–-]+\\s*)");
  /** "..., he said, adding that CLAUSE" after a quote. */
  private static final Pattern ADDING_THAT = Pattern.compile(
      "(?u),\\s+(?:adding|noting|arguing|warning|insisting)\\s+that\\s+(?<clause>[^“”\"]{8,})$");
  /** "On Wednesday, Miller amplified Trump's post, commenting: “…”" */
  private static final Pattern LEAD_PARTICIPLE = Pattern.compile(
      "(?u)^(?:[^,“”\"]{0,40},\\s+)?(?<np>[^,;:“”\"]{2,80}?)\\s+\\p{Ll}[^,;:“”\"]{2,80},\\s+"
          + "(?:commenting|writing|saying|adding|posting|declaring|telling [^,;:“”\"]{1,40})\\s*:?\\s*$");
  private static final Pattern LEAD_SAID_NP = Pattern.compile(
      "(?u),\\s+(?:said|says|dijo)\\s+(?<np>[^,;:“”\"]{2,80}?)(?:,[^“”\"]{0,200})?,?\\s*$");
  /** Verb then speaker: "..., said Chris Dalby, director of ..." */
  private static final Pattern VERB_NP = Pattern.compile(
      "(?u)^\\s*,?\\s*(?:" + VERBS + ")" + TOLD_OBJECT + "\\s+(?<np>(?:the |a |an |one |two |three |four |five )?[^,.;“”\"]{2,80}?"
          + "(?:,\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}(?=[.,;]|$))?)(?=,\\s+(?:a|an|the|who|director|author|professor)\\b|[.,;]|$)");
  /** Speaker, verb, then the reported clause: "Defence Secretary Pete Hegseth said the strike showed ..." */
  private static final Pattern NP_VERB_CLAUSE = Pattern.compile(
      "(?u)^(?<lead>(?:(?:But|And|So|Yet|Still|However|Meanwhile|While|Although|Though|In a statement|In an interview|On \\p{Lu}\\p{L}+|Last \\p{L}+|Earlier|Later)(?:,\\s+|\\s+))?|.{0,80}?,\\s+(?:when|as|after|while|because)\\s+"
          + "|(?:In|At|On|After|Since|During|Over|For|Under|Within|Before|Following|Last|This|Earlier|Later|Now)\\b[^,“”\"]{0,60},\\s+)"
          + "(?<np>[^,;:“”\"]{2,120}?(?:,\\s+[^,;:“”\"]{2,80},)?)\\s+(?:has |have |had |also |later |previously |repeatedly |separately |privately |publicly "
          + "|did not |do not |does not |would not |could not |did n’t |didn't )?(?<verb>"
          + VERBS + ")" + TOLD_OBJECT + "(?:,? without (?:offering|providing|giving) (?:any )?(?:proof|evidence),)?"
          + "(?:\\s+(?:during|in|at|on|to|after|en|durante|ante)\\s[^,“”\"]{1,50}?(?=\\s+(?:that|que)\\b))?\\s+(?:(?:that|que)\\s+)?"
          + "(?<clause>.{8,})$");
  /** "CLAUSE, X said." */
  private static final Pattern CLAUSE_NP_VERB = Pattern.compile(
      "(?u)^(?<clause>.{8,}?),[”\"’]?\\s+(?<np>[^,;:“”\"]{2,100}?)(?:,\\s+(?:who|whose|a|an|the)\\s[^;:“”\"]{2,160}?,)?"
          + "\\s+(?:has |have |had )?(?<verb>" + VERBS + ")" + TOLD_OBJECT
          + "(?:\\s+" + WHEN_WHERE + ")?(?<tail>(?:,\\s[^.]{0,120})?)[.!?]?[”\"]?$");
  /** "CLAUSE, said X." */
  private static final Pattern CLAUSE_VERB_NP = Pattern.compile(
      "(?u)^(?<clause>.{8,}?),[”\"’]?\\s+(?:" + VERBS + ")\\s+(?<np>(?![^,]*\\b(?:was|were|is|are|had|has|have|will|would|did|does|that|era|eran|es|son|fue|fueron|había|ha|han|que)\\b)[^,;:“”\"]{2,100}?(?:,\\s[^.]{0,240})?)[.!?]?$");
  /** "A, X said, B." — a parenthetical attribution: the whole sentence is the claim. */
  private static final Pattern PARENTHETICAL = Pattern.compile(
      "(?u)^.{8,}?,[”\"’]?\\s+(?<np>[^,;:“”\"]{2,100}?)\\s+(?<verb>said|say|says|added|adds|noted|argued|insisted|warned|wrote"
          + "|dijo|dicen|añadió|agregó),\\s+.{8,}$");
  private static final Pattern NOT_SAYING = Pattern.compile(
      "(?iu)\\b(?:did not|didn't|did n’t|would not|wouldn't|declined to|refused to|could not|no quiso|se negó a)\\s+"
          + "(?:say|comment|specify|disclose|identify|elaborate|confirm|provide|offer|give|decir|comentar|precisar)\\b"
          + "|\\b(?:has|have|had)(?: not|n['’]t)\\s+(?:yet\\s+)?(?:said|commented|specified|disclosed|explained|confirmed)\\b"
          + "|\\b(?:has|have|had) declined to (?:say|comment|specify|disclose|explain|confirm)\\b");
  /** Credit lines: "... was first reported by the New York Times". */
  private static final Pattern REPORTED_BY = Pattern.compile(
      "(?u)\\b(?:was|were|had been|has been|have been)\\s+(?:first\\s+|earlier\\s+|previously\\s+)?(?:reported|published|disclosed|revealed)"
          + "\\s+(?:first\\s+|earlier\\s+|previously\\s+)?by\\s+(?<np>(?:the|The)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s?){1,4})");
  /** "Secretary of State Marco Rubio, who ..., echoed those sentiments, saying the US could ..." */
  /** "Administration officials sought to reassure them by saying that ..." */
  private static final Pattern BY_SAYING = Pattern.compile(
      "(?u)^(?<np>[^,;:“”\"]{2,80}?)\\s+\\p{Ll}[^,;:“”\"]{2,80}?\\s+by\\s+(?:saying|arguing|insisting|claiming|asserting)\\s+(?:that\\s+)?(?<clause>.{8,})$");
  private static final Pattern SAYING = Pattern.compile(
      "(?u)^(?<np>[^,;:“”\"]{2,80}?)(?:,[^“”\"]{0,160}?)?,\\s+(?:saying|adding|arguing|warning|claiming|insisting|noting|asserting|diciendo)\\s+(?:that\\s+)?(?<clause>.{8,})$");
  /** "..., which Mr Dalby says has become a “brand for hire” ..." */
  private static final Pattern WHICH_NP_SAYS = Pattern.compile(
      "(?u)\\b(?:which|who|whom|that|what)\\s+(?<np>(?:\\p{Lu}[\\p{L}.’'-]*\\s?){1,4}|the [\\p{L} ]{2,40}?"
          + "|(?:some |many |several |most |other |two |three |four |five )?(?:[\\p{Ll}-]+ ){0,3}?(?:officials|experts|analysts|lawmakers|critics))\\s+(?:says|said|say|claims|claimed|argues|contends|maintains)\\s+(?<clause>.{8,})$");
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "(?iu)(?:,\\s*)?\\b(?:according to|según)\\s+(?<np>(?:[^,;.“”\"]|(?<=\\b\\p{Lu})\\.){2,120}?)(?=[,;]|(?<!\\b\\p{Lu})\\.|$)");
  private static final Pattern PRONOUN = Pattern.compile("(?iu)^(?:he|she|they|him|her|él|ella|ellos)$");
  /** What a speaker's own words come in, after "X's": "post", "statement", "latest announcement on X". */
  private static final Pattern OWN_WORDS = Pattern.compile(
      "(?iu)\\s+(?:\\p{L}+\\s+)?(?:post|posts|statement|statements|announcement|message|tweet|video|remarks|comments|testimony|letter|account)"
          + "(?:\\s+on\\s+(?:X|Truth Social|social media))?");
  private static final String UNNAMED_SOURCE = Lexicons.wordClass("unnamed-sources.txt").any();
  private static final Pattern ANONYMOUS = Pattern.compile(
      "(?iu)\\b(?:" + UNNAMED_SOURCE + "|someone|administration|familiar|persona)\\b");
  /** An unnamed source as the head of a phrase: "two former officials", "a person familiar with". */
  private static final Pattern ANONYMOUS_HEAD = Pattern.compile(
      "(?iu)^(?:the|a|an|one|two|three|four|five|six|seven|several|some|many|other|both|current|former|senior|\\d+"
          + "|el|la|los|las|un|una|unos|unas|dos|tres|cuatro|cinco|varios|varias|algunos|algunas|otros)\\b[^,]*?\\b"
          + "(?:" + UNNAMED_SOURCE + "|someone|family members?|relatives?|personas?)\\b");
  private static final Pattern OTHER_GROUP = Pattern.compile(
      "(?iu)\\b(?:experts|analysts|critics|observers|scholars|legal experts|human rights groups|advocates|residents|witnesses|"
          + "fishermen|many|some|others|woman|women|man|men|villagers|neighbou?rs|Republicans|Democrats|expertos|analistas|"
          + "críticos|vecinos|pescadores)\\b");
  /** Unnamed members of a legislature: "lawmakers", "G.O.P. lawmakers in the House", "two senators". */
  private static final Pattern LAWMAKERS = Pattern.compile(
      "(?iu)\\b(?:lawmakers|legislators|senators|congressmen|congresswomen|members of Congress|legisladores|congresistas|"
          + "senadores)\\b");
  /**
   * A public body the lexicon does not know, told by its country and function: "the Colombian
   * foreign ministry", "el Ministerio de Defensa de Venezuela", "Mexico's navy". It is a named
   * source (a capitalised word names whose body it is); its name is the phrase without its article.
   */
  private static final Pattern BODY_HEAD = Pattern.compile(
      "(?iu)\\b(?:ministry|ministerio|navy|armada|coast guard|guardia costera|government|gobierno|embassy|embajada|army|"
          + "ejército|armed forces|fuerzas armadas|police|policía|prosecutor['’]s office|fiscalía|presidency|presidencia|"
          + "cancillería|foreign office)\\b");
  private static final Pattern PEOPLE_IN_BODY = Pattern.compile(
      "(?iu)\\b(?:officials?|sources?|spokes\\w*|person|people|members?|aides?|funcionarios?|fuentes?|portavoz)\\b");
  private static final Pattern GOVERNMENT_OF = Pattern.compile(
      "(?iu)\\b(?:government|gobierno|regime|régimen|administración)\\s+(?:of|de)\\s+\\p{Lu}"
          + "|\\p{Lu}[\\p{L}-]*(?:['’]s)?\\s+(?:government|regime)\\b");
  private static final Pattern HEAD_OF_STATE = Pattern.compile("(?u)(?:President|Presidente) (?:of|de) (\\p{Lu}[\\p{L} ]+)");
  /** Parties' members as a whole: an actor of the record, but as a speaker an unnamed group. */
  private static final Pattern PARTY_MEMBERS = Pattern.compile("(?u)^(?:House |Senate )?(?:Republicans|Democrats)$");
  /** A bare plural or a short phrase headed by a kind of source, without article: "officials", "Pentagon officials". */
  private static final Pattern BARE_GROUP = Pattern.compile(
      "(?iu)^(?:[\\p{L}.’'-]+\\s+){0,3}(?:officials|sources|aides|diplomats|lawmakers|legislators|senators|experts|analysts|"
          + "critics|observers|residents|witnesses|relatives|families|fishermen|Republicans|Democrats|people|funcionarios|"
          + "fuentes|familiares|expertos|analistas)(?:\\s+(?:in|at|of|from|with|familiar with)\\s+[^,;]{2,60})?$");
  private static final Pattern FAMILY = Pattern.compile(
      "(?iu)\\b(?:family|families|relatives?|sister|brother|mother|father|wife|husband|son|daughter|cousin|widow|"
          + "familia|familiares|hermana|hermano|madre|padre|esposa|hijo|hija)\\b");
  private static final Pattern LEGAL = Pattern.compile(
      "(?iu)\\b(?:legal|illegal|law|laws|lawful|unlawful|authority|authoriz|authoris|armed conflict|war powers|constitution|"
          + "opinion|memo|OLC|targeting|combatants?|murder|extrajudicial|international law|justification|legislation|legalidad|ilegal)\\w*");
  private static final int MIN_QUOTE_WORDS = 4;
  /** A quote that ends in a comma and is followed by its speaker: "“This is murder,” said X". */
  private static final Pattern SHORT_QUOTE_FRAMED = Pattern.compile(
      "(?u)^[,!?][”\"]?[”\"]?\\s*(?:,\\s*)?(?:said|says|dijo|wrote|added|told|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}\\s+(?:said|says|wrote|added|dijo))\\b");
  /** Which characters of the current document lie inside quote marks (set per document, per thread). */
  private static final ThreadLocal<boolean[]> QUOTED = ThreadLocal.withInitial(() -> new boolean[0]);
  /** Where the last attributed claim ended, for pronoun resolution. */
  private static final ThreadLocal<int[]> LAST_AT = ThreadLocal.withInitial(() -> new int[] {-10_000});
  /**
   * For each actor mention of the current document, the index of the last mention up to it that
   * names a person outside quotes (-1 when none does): a pronoun's person is found without a scan
   * of every mention before it.
   */
  private static final ThreadLocal<int[]> LAST_PERSON = ThreadLocal.withInitial(() -> new int[0]);

  private ClaimRules() {}

  static List<Claim> find(Analysis a, ActorRules.Result actors, List<Incident> incidentList) {
    String text = a.text();
    List<Claim> claims = new ArrayList<>();
    Incidents incidents = new Incidents(incidentList);
    // in the order of the text (Quotes.find reads it from the start)
    List<Quotes.Quote> quotes = Quotes.find(text).stream().filter(q -> a.sentenceAt(q.start()) != null).toList();
    boolean[] quoted = new boolean[text.length() + 1];
    for (Quotes.Quote q : quotes) {
      for (int i = Math.max(0, q.start() - 1); i <= Math.min(text.length() - 1, q.end()); i++) {
        quoted[i] = true;
      }
    }
    QUOTED.set(quoted);
    LAST_AT.get()[0] = -10_000;
    LAST_PERSON.set(lastPersons(actors, quoted));
    Speaker[] last = {null};
    // One pass in reading order, so that a pronoun or a lone quote follows the last speaker.
    int nextQuote = 0; // the first quote that starts at or after the sentence
    for (Sentence s : a.sentences()) {
      boolean quotedHere = false;
      while (nextQuote < quotes.size() && quotes.get(nextQuote).start() < s.start()) {
        nextQuote++;
      }
      for (int k = nextQuote; k < quotes.size() && quotes.get(k).start() < s.end(); k++) {
        Interruptions.check();
        Claim c = directQuote(a, actors, incidents, quotes.get(k), last);
        if (c != null) {
          claims.add(c);
          quotedHere = true;
        }
      }
      if (!quotedHere) {
        Claim c = paraphrase(a, actors, incidents, s, quoted, last);
        if (c != null) {
          claims.add(c);
        }
      } else if (last[0] != null) {
        // "“…,” he said, adding that CLAUSE": the clause is the same speaker's second claim
        Matcher adding = ADDING_THAT.matcher(s.text());
        if (adding.find() && !quoted[s.start() + adding.start()]) {
          String clause = adding.group("clause").strip().replaceFirst("[.,;:]$", "");
          int at = s.start() + adding.start("clause");
          claims.add(new Claim(last[0].canonical, last[0].mention, last[0].type, ClaimKind.PARAPHRASE, clause,
              about(s, incidents, clause), List.of(Span.of(a.text(), at, at + clause.length()))));
        }
      }
    }
    claims.sort(java.util.Comparator.comparingInt(c -> c.evidence().get(0).start()));
    return claims;
  }

  private static @Nullable Claim directQuote(Analysis a, ActorRules.Result actors, Incidents incidents,
      Quotes.Quote q, Speaker[] last) {
    String text = a.text();
    if (q.words(text) < MIN_QUOTE_WORDS && !(q.words(text) >= 2 && SHORT_QUOTE_FRAMED.matcher(
        text.substring(Math.max(q.start(), q.end() - 1), Math.min(text.length(), q.end() + 60))).find())) {
      return null; // a word or two in quotes is a scare quote, unless the speaker follows: “This is murder,” said ...
    }
    Sentence s = a.sentenceAt(q.start());
    Sentence end = a.sentenceAt(Math.max(q.start(), q.end() - 1));
    if (s == null || end == null) {
      return null;
    }
    String lead = text.substring(s.start(), Math.max(s.start(), q.start() - 1)).strip();
    String afterQuote = text.substring(Math.min(text.length(), q.end() + 1), endOfClause(text, q.end() + 1, end.end()));
    Speaker speaker = null;
    boolean framed = false;
    Matcher after = VERB_NP.matcher(afterQuote);
    Matcher afterNp = AFTER_QUOTE_NP_VERB.matcher(afterQuote);
    if (after.find()) {
      speaker = speaker(a, actors, q.end() + 1 + after.start("np"), after.group("np"), last[0], q.start());
      framed = true;
    } else if (afterNp.find()) {
      speaker = speaker(a, actors, q.end() + 1 + afterNp.start("np"), afterNp.group("np"), last[0], q.start());
      framed = true;
    }
    if (speaker == null) {
      Matcher putIt = PUT_IT.matcher(lead);
      if (putIt.find()) {
        speaker = speaker(a, actors, s.start() + putIt.start("np"), putIt.group("np"), last[0], q.start());
        framed = speaker != null;
      }
      Matcher before = NP_VERB_AT_END.matcher(lead);
      Matcher saidNp = LEAD_SAID_NP.matcher(lead);
      if (lead.isEmpty() || lead.endsWith(":")) {
        framed = true;
      }
      if (speaker != null) {
        // "As a former official put it, “…”"
      } else if (!lead.isEmpty() && before.matches()) {
        speaker = speaker(a, actors, text.indexOf(before.group("np").strip(), s.start()),
            before.group("np"), last[0], q.start());
        framed = true;
      } else if (saidNp.find()) {
        speaker = speaker(a, actors, s.start() + saidNp.start("np"), saidNp.group("np"), last[0], q.start());
        framed = true;
      } else {
        Matcher participle = LEAD_PARTICIPLE.matcher(lead);
        if (participle.matches()) {
          speaker = speaker(a, actors, s.start() + participle.start("np"), participle.group("np"), last[0], q.start());
          framed = speaker != null;
        }
      }
    }
    if (speaker == null && framed && lead.isEmpty() && last[0] != null && q.start() - LAST_AT.get()[0] < 1200) {
      speaker = last[0]; // a quote standing alone continues the last speaker
    }
    if (speaker == null || !framed) {
      return null;
    }
    String inner = text.substring(q.start(), q.end());
    String quoteText = inner.strip().replaceFirst("[,]$", "");
    int start = q.start() + (inner.length() - inner.stripLeading().length());
    last[0] = speaker;
    LAST_AT.get()[0] = q.end();
    return new Claim(speaker.canonical, speaker.mention, speaker.type, ClaimKind.DIRECT_QUOTE, quoteText,
        about(s, incidents, quoteText), List.of(Span.of(text, start, start + quoteText.length())));
  }

  private static @Nullable Claim paraphrase(Analysis a, ActorRules.Result actors, Incidents incidents, Sentence s,
      boolean[] quoted, Speaker[] last) {
    String t = s.text();
    if (NOT_SAYING.matcher(t).find()) {
      return null; // "Hegseth did not say which group ..." reports a silence, not a claim
    }
    Paraphrase p = paraphrase(t);
    if (p == null || insideQuote(quoted, s.start() + p.npStart())) {
      return null;
    }
    Speaker speaker = speaker(a, actors, s.start() + p.npStart(), p.np(), last[0], s.start());
    if (speaker == null) {
      return null;
    }
    // a dateline ("WASHINGTON —", "CARACAS (Reuters) -") is not part of what was said
    String clause = DATELINE.matcher(p.clause().strip()).replaceFirst("").replaceFirst("[.,;:]$", "").strip();
    // "aseguraron que eran pescadores": the conjunction goes, and counts as a word of the clause
    int found = t.indexOf(clause);
    boolean afterConjunction = clause.matches("(?iu)^(?:que|that)\\s.*")
        || (found > 0 && t.substring(0, found).matches("(?isu).*\\b(?:que|that)\\s+$"));
    clause = clause.replaceFirst("^(?:que|that)\\s+", "");
    if (clause.split("\\s+").length < (afterConjunction ? 2 : 3)) {
      return null;
    }
    int at = t.indexOf(clause);
    Span span = at >= 0 ? Span.of(a.text(), s.start() + at, s.start() + at + clause.length()) : a.span(s);
    last[0] = speaker;
    LAST_AT.get()[0] = s.end();
    return new Claim(speaker.canonical, speaker.mention, speaker.type, ClaimKind.PARAPHRASE, clause,
        about(s, incidents, clause), List.of(span));
  }

  private record Paraphrase(String np, int npStart, String clause) {}

  /**
   * The attribution in a sentence, if any. Patterns run over a copy in which commas inside short
   * parentheses are masked, so "Sen. Mark Kelly (D., Ariz.), said" reads as one noun phrase;
   * the groups are then taken from the sentence itself, at the same offsets.
   */
  private static @Nullable Paraphrase paraphrase(String original) {
    String t = maskParentheses(original);
    Matcher m = REPORTED_BY.matcher(t);
    if (m.find()) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original.substring(0, m.end()).strip());
    }
    m = BY_SAYING.matcher(t);
    if (m.matches()) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original.substring(m.start("clause"), m.end("clause")));
    }
    m = SAYING.matcher(t);
    if (m.matches()) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original.substring(m.start("clause"), m.end("clause")));
    }
    m = WHICH_NP_SAYS.matcher(t);
    if (m.find()) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original.substring(m.start("clause"), m.end("clause")));
    }
    m = ACCORDING_TO.matcher(t);
    if (m.find()) {
      String clause = (original.substring(0, m.start()) + original.substring(m.end())).replaceFirst("^[,\\s]+", "").strip();
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), clause);
    }
    m = PARENTHETICAL.matcher(t);
    if (m.matches() && !original.substring(m.start("np"), m.end("np")).contains("“")) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original);
    }
    m = CLAUSE_NP_VERB.matcher(t);
    if (m.matches()) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original.substring(m.start("clause"), m.end("clause")));
    }
    m = CLAUSE_VERB_NP.matcher(t);
    if (m.matches()) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original.substring(m.start("clause"), m.end("clause")));
    }
    m = NP_VERB_CLAUSE.matcher(t);
    if (m.matches()) {
      return new Paraphrase(original.substring(m.start("np"), m.end("np")), m.start("np"), original.substring(m.start("clause"), m.end("clause")));
    }
    return null;
  }
  private static final Pattern SHORT_PARENTHESES = Pattern.compile("\\([^()“”\"]{1,30}\\)");

  /** {@code text} with the commas of short parentheses ("(D., Va.)") replaced, same length. */
  static String maskParentheses(String text) {
    Matcher m = SHORT_PARENTHESES.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        if (masked.charAt(i) == ',') {
          masked.setCharAt(i, '\u00b7');
        }
      }
    } while (m.find());
    return masked.toString();
  }


  /** Who spoke: canonical name (null when unnamed), the words used, and the speaker type. */
  private record Speaker(@Nullable String canonical, String mention, SpeakerType type) {}

  private static @Nullable Speaker speaker(Analysis a, ActorRules.Result actors, int npStart, String np,
      @Nullable Speaker last, int claimAt) {
    String raw = np.strip();
    int offset = npStart + (np.length() - np.stripLeading().length());
    String mention = cleanMention(raw);
    if (mention.isEmpty() || mention.split("\\s+").length > 40) {
      return null;
    }
    int mentionStart = offset + raw.indexOf(mention);
    int mentionEnd = mentionStart + mention.length();
    // a named actor inside the noun phrase: the person if there is one, else the body
    ActorMention best = null;
    List<ActorMention> mentions = actors.mentions();
    for (int k = actors.firstMentionFrom(mentionStart); k < mentions.size() && mentions.get(k).start() < mentionEnd; k++) {
      ActorMention m = mentions.get(k);
      boolean possessive = a.text().startsWith("’s", m.end()) || a.text().startsWith("'s", m.end());
      // "Hegseth's post said", "according to Hegseth's statement": what one posted is what one said
      boolean ownWords = possessive && m.end() + 2 <= mentionEnd
          && OWN_WORDS.matcher(a.text()).region(m.end() + 2, mentionEnd).matches();
      if (m.end() <= mentionEnd && (!possessive || ownWords)) {
        if (best == null || (isPerson(actors, m.canonical()) && !isPerson(actors, best.canonical()))) {
          best = m;
        }
      }
    }
    if (best != null && unnamedHead(mention, best, mentionStart)) {
      best = null; // "the former official familiar with Miller's thinking" is not Miller
    }
    if (best != null && PARTY_MEMBERS.matcher(best.canonical()).matches()) {
      // "Republicans urged ...": some members of a party, not a body that speaks; unnamed
      return new Speaker(null, mention, LAWMAKERS.matcher(mention).find() ? SpeakerType.LAWMAKER : SpeakerType.OTHER);
    }
    if (best == null && !PRONOUN.matcher(mention).matches() && ANONYMOUS_HEAD.matcher(mention).find()) {
      return new Speaker(null, mention, FAMILY.matcher(mention).find() ? SpeakerType.FAMILY_MEMBER : SpeakerType.ANONYMOUS_OFFICIAL);
    }
    if (best != null && GOVERNMENT_OF.matcher(mention).find()) {
      // "the government of Nicolás Maduro", "Maduro's government": his country's government speaks
      String head = best.canonical();
      for (org.reckon.model.Actor actor : actors.byName().getOrDefault(head, List.of())) {
        for (String role : actor.roles()) {
          Matcher country = HEAD_OF_STATE.matcher(role);
          if (country.matches()) {
            return new Speaker("Government of " + country.group(1), mention, SpeakerType.ORGANIZATION);
          }
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
      if (last != null && claimAt - LAST_AT.get()[0] < 600) {
        return new Speaker(last.canonical, last.mention, last.type);
      }
      // else the person named last before the pronoun, outside quotes: of the mentions that
      // start before it, the last one that names a person outside quotes and ends before it
      int[] lastPerson = LAST_PERSON.get();
      int before = actors.firstMentionFrom(mentionStart) - 1;
      int k = before >= 0 ? lastPerson[before] : -1;
      while (k >= 0 && actors.mentions().get(k).end() > mentionStart) {
        k = k > 0 ? lastPerson[k - 1] : -1;
      }
      ActorMention previous = k >= 0 ? actors.mentions().get(k) : null;
      if (previous == null) {
        return last == null || last.canonical == null ? null : new Speaker(last.canonical, last.mention, last.type);
      }
      return new Speaker(previous.canonical(), previous.surface(),
          actors.speakerTypes().getOrDefault(previous.canonical(), SpeakerType.OTHER));
    }
    if (!looksLikeNounPhrase(mention) && !BARE_GROUP.matcher(mention).matches()) {
      return null;
    }
    if (LAWMAKERS.matcher(mention).find()) {
      return new Speaker(null, mention, SpeakerType.LAWMAKER);
    }
    String body = mention.replaceFirst("(?iu)^(?:the|el|la|los|las)\\s+", "");
    if (BODY_HEAD.matcher(body).find() && !PEOPLE_IN_BODY.matcher(body).find() && body.matches("(?su).*\\p{Lu}.*")
        && !body.contains(",") && body.split("\\s+").length <= 8) {
      return new Speaker(body, mention, SpeakerType.ORGANIZATION);
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

  /**
   * Whether the phrase is headed by an unnamed source and names an actor only in a modifier:
   * "the former official familiar with Miller's thinking", "Pentagon officials".
   */
  private static boolean unnamedHead(String mention, ActorMention actor, int mentionStart) {
    String before = mention.substring(0, Math.max(0, Math.min(mention.length(), actor.start() - mentionStart)));
    if (ANONYMOUS_HEAD.matcher(before).find()) {
      return true;
    }
    String after = mention.substring(Math.min(mention.length(), Math.max(0, actor.end() - mentionStart)));
    return after.matches("(?iu)^['’]?s?\\s*(?:officials?|aides?|sources?|staff|spokespeople|lawyers|officers?|funcionarios?)\\b.*");
  }

  private static boolean isPerson(ActorRules.Result actors, String canonical) {
    return actors.persons().contains(canonical);
  }

  /** See {@link #LAST_PERSON}. */
  private static int[] lastPersons(ActorRules.Result actors, boolean[] quoted) {
    int[] last = new int[actors.mentions().size()];
    int found = -1;
    for (int k = 0; k < last.length; k++) {
      ActorMention m = actors.mentions().get(k);
      if (isPerson(actors, m.canonical()) && !quoted[m.start()]) {
        found = k;
      }
      last[k] = found;
    }
    return last;
  }

  /** Drops leading connectives and time phrases: "But on Wednesday, the Pentagon" -> "the Pentagon". */
  /**
   * What is cut from a speaker phrase, in order: a leading conjunction, a trailing time or place of
   * saying, a trailing adverb, a leading verb of an inverted "según informó X", who was told
   * ("según confirmó el ministerio a CNN", "indicaron las fuentes a la cadena CNN"), a trailing
   * Spanish place of saying. Compiled once: this runs for every claim.
   */
  private static final List<Pattern> MENTION_CUTS = List.of(
      Pattern.compile("(?iu)^(?:but|and|so|yet|still|however|meanwhile|instead|now|then|also)\\s+"),
      Pattern.compile("(?iu)\\s+(?:on|last|this|earlier|later)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$"),
      Pattern.compile("(?iu)\\s+(?:in a statement|in an interview|in a post|on social media|on truth social|on x)$"),
      Pattern.compile("(?iu)\\s+(?:also|later|previously|repeatedly|separately|privately|publicly|have|has|had)$"),
      Pattern.compile("^(?:" + VERBS + ")\\s+(?=(?:el|la|los|las|un|una|\\p{Lu})\\b)"),
      Pattern.compile("(?u)\\s+a\\s+(?:(?:la|el|los|las)\\s+)?(?:(?:cadena|diario|periódico|agencia|revista|emisora|televisora)\\s+)?"
          + "(?:prensa|periodistas|medios(?:\\s+de\\s+comunicación)?|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})$"),
      Pattern.compile("(?iu)\\s+en\\s+(?:un|su|el)\\s+(?:comunicado|mensaje|cuenta(?:\\s+de\\s+X)?|reporte(?:\\s+oficial)?)$"
          + "|\\s+en\\s+(?:la\\s+red\\s+social\\s+)?X$"));
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");

  private static String cleanMention(String np) {
    String m = np;
    for (Pattern cut : MENTION_CUTS) {
      m = cut.matcher(m).replaceFirst("");
    }
    return TRAILING_PUNCTUATION.matcher(m.strip()).replaceFirst("");
  }

  /** A speaker phrase starts like a noun phrase: a determiner, a number, or a capital. */
  private static boolean looksLikeNounPhrase(String mention) {
    return mention.matches("(?u)^(?:the|a|an|his|her|their|its|one|two|three|four|five|six|several|some|many|most|other|current|former|"
        + "senior|u\\.s\\.|us|american|\\d+|el|la|los|las|un|una|unos|unas|dos|tres|cuatro|varios|varias|algunos|\\p{Lu}).*")
        && !mention.matches("(?iu).*\\b(?:it|this|that|which|what|who|there)$");
  }

  /**
   * The document's incidents, each with its evidence sorted by start and the furthest end up to each
   * one: whether an incident's evidence holds a sentence is two binary searches, not a scan of all
   * of it for every claim.
   */
  private static final class Incidents {
    private final List<Incident> incidents;
    private final int[][] starts;
    private final int[][] furthestEnds;

    Incidents(List<Incident> incidents) {
      this.incidents = incidents;
      starts = new int[incidents.size()][];
      furthestEnds = new int[incidents.size()][];
      for (int i = 0; i < incidents.size(); i++) {
        List<Span> evidence = new ArrayList<>(incidents.get(i).evidence());
        evidence.sort(java.util.Comparator.comparingInt(Span::start));
        starts[i] = new int[evidence.size()];
        furthestEnds[i] = new int[evidence.size()];
        for (int k = 0; k < evidence.size(); k++) {
          starts[i][k] = evidence.get(k).start();
          furthestEnds[i][k] = Math.max(evidence.get(k).end(), k > 0 ? furthestEnds[i][k - 1] : Integer.MIN_VALUE);
        }
      }
    }

    /** The first incident with a known day and a piece of evidence that holds {@code s}, or null. */
    @Nullable Incident holding(Sentence s) {
      for (int i = 0; i < incidents.size(); i++) {
        if (!incidents.get(i).date().known()) {
          continue;
        }
        int[] st = starts[i];
        int lo = 0;
        int hi = st.length; // the number of pieces that start at or before the sentence
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (st[mid] <= s.start()) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        if (lo > 0 && furthestEnds[i][lo - 1] >= s.end()) {
          return incidents.get(i);
        }
      }
      return null;
    }
  }

  private static String about(Sentence s, Incidents incidents, String claimText) {
    Incident i = incidents.holding(s);
    if (i != null) {
      return "incident:" + i.date().iso();
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
    for (int i = Math.max(0, from); i < end; i++) { // the next opening quote before the end, if any
      if (text.charAt(i) == '“') {
        end = i;
        break;
      }
    }
    return Math.max(from, end);
  }
}
