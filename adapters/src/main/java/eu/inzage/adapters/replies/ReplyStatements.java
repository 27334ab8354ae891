package eu.inzage.adapters.replies;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the {@link Statement}s of a reply's plain text, in English, Dutch, German and French: "we
 * hold no personal data about you" ({@link Statement.Kind#NO_DATA}) and "we act only as a processor
 * for our customers" ({@link Statement.Kind#PROCESSOR_ONLY}). Rule-based: the text is normalised
 * (lower case, typographic apostrophes made straight, whitespace collapsed, accents kept), cut into
 * sentences, and each sentence is matched against a table of patterns; a sentence that limits or
 * negates the statement ("other than your e-mail address", "not only a processor") or states a
 * condition ("if we hold no data …") does not count. The rules are listed in {@code
 * docs/replies.md}.
 */
public final class ReplyStatements {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\n\\s*\\n");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final List<Pattern> NO_DATA =
      patterns(
          // English
          "\\b(do|does|did|could|can|are)\\s*(not|n't)\\s+(hold|have|process|store|keep|possess"
              + "|retain|maintain|find|locate|identify|able to (find|locate|identify))\\b"
              + ".{0,40}\\b(data|information|records?)\\b",
          "\\b(hold|have|process|store|keep|possess|retain|maintain|found|located|identified)\\s+"
              + "no\\b.{0,40}\\b(data|information|records?)\\b",
          "\\bno (personal |customer )?(data|information|records?)\\b.{0,60}\\b(about|relating to"
              + "|concerning|regarding|linked to|associated with|on|of) you",
          "\\bthere (is|are) no\\b.{0,40}\\b(data|information|records?)\\b",
          // Dutch
          "\\b(hebben|heeft|hebt|verwerken|verwerkt|bewaren|bewaart|bezitten|registreren|houden|slaan)"
              + "\\b.{0,25}\\bgeen\\b.{0,30}gegevens\\b",
          "\\bgeen\\b.{0,30}gegevens\\b.{0,60}\\b(gevonden|aangetroffen|aanwezig|bekend|geregistreerd"
              + "|opgeslagen|verwerkt)\\b",
          "\\bbeschikken\\b.{0,25}\\bniet over\\b.{0,40}gegevens\\b",
          "\\b(komt|komen|staat|staan)\\b.{0,30}\\bniet\\b.{0,15}\\b(voor|geregistreerd)\\b.{0,10}"
              + "\\bin (onze|ons|de) (systemen|systeem|administratie|bestanden|database|registratie)",
          // German
          "\\b(speichern|verarbeiten|haben|besitzen|liegen|gespeichert|verarbeitet)\\b.{0,30}"
              + "\\bkeine\\b.{0,30}daten\\b",
          "\\bkeine\\b.{0,40}daten\\b.{0,60}\\b(gespeichert|verarbeitet|vor|vorhanden|gefunden)\\b",
          // French
          "\\bne\\b.{0,20}\\b(détenons|disposons|traitons|conservons|possédons|stockons|avons|détient"
              + "|dispose|traite|conserve)\\b.{0,25}\\b(aucune?|pas|plus)\\b.{0,30}\\bdonnées?\\b",
          "\\baucune donnée.{0,60}\\b(trouvée|enregistrée|détenue|conservée|traitée|vous concernant)");

  private static final List<Pattern> NO_DATA_LIMITS =
      patterns(
          "\\b(other than|except|apart from|besides|beyond|no longer than|behalve|anders dan"
              + "|met uitzondering|buiten|außer|ausgenommen|abgesehen|sauf|à l'exception|hormis)\\b",
          "^(if|when|should|unless|als|indien|wanneer|mocht|wenn|falls|sofern|si|lorsque)\\b",
          "\\b(do|does|did|can|will)\\s*(not|n't) (sell|share|disclose|transfer)",
          "\\bhave no (access|control)\\b");

  private static final List<Pattern> PROCESSOR_ONLY =
      patterns(
          // English
          "\\b(act|acts|acting|operate|operates|operating|are|is|serve|serves|capacity)\\s+"
              + "((solely|only|exclusively|merely|purely|just|strictly) )?(as )?(a |the |an )?"
              + "((data )?processor|(data )?sub-?processor|service provider)\\b",
          "\\bprocess(es|ing)?\\b.{0,50}\\b(only |solely |exclusively |merely |strictly )?"
              + "(on behalf of|on the instructions of|under the instructions of|for) (our|its) "
              + "(customers|clients)",
          "\\bour (customers|clients) (are|act as|remain) (the )?(data )?controllers?\\b",
          // Dutch
          "\\b(als|zijn|is|van|optreden)\\s+((uitsluitend|alleen|enkel|slechts|louter) )?(een |de )?"
              + "(sub)?verwerker\\b",
          "\\b(uitsluitend|alleen|enkel|slechts|louter)\\b.{0,40}\\bin opdracht van\\b",
          "\\bonze (klanten|opdrachtgevers) (zijn|is) (de )?verwerkingsverantwoordelijken?\\b",
          // German
          "\\b(als|sind|ist)\\s+((reiner|bloßer|reine|nur|ausschließlich|lediglich) )?"
              + "(ein |der )?auftragsverarbeiter\\b",
          "\\b(nur|ausschließlich|lediglich)\\b.{0,40}\\bim auftrag (unserer|von|der)\\b",
          // French
          "\\b(en tant que|agissons comme|agit comme|sommes|est|qualité de)\\s+((uniquement|seulement"
              + "|simplement|exclusivement) )?(un |le )?sous-traitant\\b",
          "\\b(uniquement|seulement|exclusivement)\\b.{0,40}\\bpour le compte de nos clients\\b");

  private static final List<Pattern> PROCESSOR_LIMITS =
      patterns(
          "\\b(not|never)\\s+((only|just|merely|solely|simply|acting|act|a|the|an)\\b|as\\b)",
          "\\b(are|is|were|was)(n't| not)\\b",
          "\\b(also|both|as well as|and as (a |the )?controller)\\b",
          "\\bniet\\s+(alleen|enkel|uitsluitend|slechts|louter|als|de|een|verwerker|op)\\b",
          "\\b(zijn|is) geen\\b|\\book\\b",
          "\\bnicht\\s+(nur|als|der|ein|bloß|lediglich)\\b|\\b(sind|ist) kein|\\bauch\\b",
          "\\bpas\\s+(seulement|uniquement|que|un|le|simplement)\\b|\\bne sommes pas\\b|\\baussi\\b",
          "^(if|when|should|unless|indien|wanneer|wenn|falls|sofern|si|lorsque)\\b");

  private ReplyStatements() {}

  /**
   * The statements of the text, each kind once, with the first sentence that says it.
   *
   * @param text the reply's plain text (any language; empty gives none)
   */
  public static List<Statement> find(String text) {
    List<Statement> found = new ArrayList<>();
    Set<Statement.Kind> seen = EnumSet.noneOf(Statement.Kind.class);
    for (String sentence : sentences(text)) {
      if (!seen.contains(Statement.Kind.NO_DATA)
          && any(NO_DATA, sentence)
          && !any(NO_DATA_LIMITS, sentence)) {
        seen.add(Statement.Kind.NO_DATA);
        found.add(new Statement(Statement.Kind.NO_DATA, sentence));
      }
      if (!seen.contains(Statement.Kind.PROCESSOR_ONLY)
          && any(PROCESSOR_ONLY, sentence)
          && !any(PROCESSOR_LIMITS, sentence)) {
        seen.add(Statement.Kind.PROCESSOR_ONLY);
        found.add(new Statement(Statement.Kind.PROCESSOR_ONLY, sentence));
      }
    }
    return List.copyOf(found);
  }

  /** The text in lower case, apostrophes straight, whitespace collapsed, accents kept. */
  static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    return WHITESPACE.matcher(lower).replaceAll(" ").strip();
  }

  private static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String part : SENTENCE_END.split(text, -1)) {
      String sentence = normalise(part);
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  private static boolean any(List<Pattern> patterns, String sentence) {
    return patterns.stream().anyMatch(p -> p.matcher(sentence).find());
  }

  private static List<Pattern> patterns(String... regexes) {
    List<Pattern> list = new ArrayList<>();
    for (String regex : regexes) {
      list.add(Pattern.compile(regex));
    }
    return List.copyOf(list);
  }
}
