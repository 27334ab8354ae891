package eu.inzage.adapters.replies;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.adapters.replies.Statement.Kind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyStatementsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # English
          We hold no personal data about you.                                          | NO_DATA
          We do not hold any personal data relating to you.                            | NO_DATA
          We don't have any information about you in our systems.                      | NO_DATA
          After a thorough search, we could not find any data associated with your e-mail address. | NO_DATA
          We were unable to locate any records; there are no records linked to you.    | NO_DATA
          No personal data about you were found in our systems.                        | NO_DATA
          Palantir does not process personal data relating to you.                     | NO_DATA
          We are not able to identify any personal data concerning you.                | NO_DATA
          We hold data about you.                                                      | NONE
          We do not hold any data other than your e-mail address.                      | NONE
          If we do not hold any data about you, we will tell you.                      | NONE
          We do not sell your personal data.                                           | NONE
          We act only as a processor for our customers.                                | PROCESSOR_ONLY
          Palantir acts solely as a data processor on behalf of its customers.         | PROCESSOR_ONLY
          We are a processor within the meaning of Article 28 GDPR.                    | PROCESSOR_ONLY
          In our capacity as processor we cannot answer your request.                  | PROCESSOR_ONLY
          We process personal data only on behalf of our customers.                    | PROCESSOR_ONLY
          Our customers are the controllers of any personal data in our platform.      | PROCESSOR_ONLY
          We operate merely as a service provider to our clients.                      | PROCESSOR_ONLY
          Palantir is a sub-processor for its clients.                                 | PROCESSOR_ONLY
          We are not only a processor.                                                 | NONE
          We are not a processor but the controller.                                   | NONE
          We act as a processor for some services and also as a controller.           | NONE
          We are the controller of your data.                                          | NONE
          # Dutch
          Wij hebben geen persoonsgegevens van u.                                       | NO_DATA
          Wij verwerken geen gegevens over u.                                           | NO_DATA
          Er zijn geen persoonsgegevens over u gevonden in onze systemen.               | NO_DATA
          Wij beschikken niet over persoonsgegevens van u.                              | NO_DATA
          Uw naam komt niet voor in onze administratie.                                 | NO_DATA
          Wij bewaren geen enkele gegevens die op u betrekking hebben.                  | NO_DATA
          Na onderzoek zijn er geen gegevens van u aangetroffen.                        | NO_DATA
          Wij registreren geen persoonsgegevens van u.                                  | NO_DATA
          Wij hebben gegevens over u.                                                   | NONE
          Wij verstrekken geen gegevens aan derden.                                     | NONE
          Wij hebben geen gegevens van u behalve uw e-mailadres.                        | NONE
          Indien wij geen gegevens van u hebben, laten wij dat weten.                   | NONE
          Wij treden uitsluitend op als verwerker voor onze klanten.                    | PROCESSOR_ONLY
          Wij zijn slechts verwerker in de zin van de AVG.                              | PROCESSOR_ONLY
          Palantir is een verwerker voor haar klanten.                                  | PROCESSOR_ONLY
          Wij verwerken gegevens alleen in opdracht van onze klanten.                   | PROCESSOR_ONLY
          Onze klanten zijn de verwerkingsverantwoordelijken.                           | PROCESSOR_ONLY
          In de hoedanigheid van verwerker kunnen wij uw verzoek niet beantwoorden.     | PROCESSOR_ONLY
          Als verwerker handelen wij enkel op instructie.                               | PROCESSOR_ONLY
          Wij handelen louter als subverwerker.                                         | PROCESSOR_ONLY
          Wij zijn niet alleen verwerker.                                               | NONE
          Wij zijn geen verwerker maar verwerkingsverantwoordelijke.                    | NONE
          Wij zijn verwerkingsverantwoordelijke.                                        | NONE
          Wij treden op als verwerker en ook als verwerkingsverantwoordelijke.          | NONE
          # German
          Wir speichern keine personenbezogenen Daten über Sie.                        | NO_DATA
          Zu Ihrer Person liegen uns keine Daten vor.                                  | NO_DATA
          Es wurden keine Daten zu Ihrer Person gefunden.                              | NO_DATA
          Wir geben keine Daten weiter.                                                | NONE
          Wir handeln ausschließlich als Auftragsverarbeiter unserer Kunden.           | PROCESSOR_ONLY
          Wir verarbeiten Daten nur im Auftrag unserer Kunden.                         | PROCESSOR_ONLY
          Wir sind nicht nur Auftragsverarbeiter.                                      | NONE
          # French
          Nous ne détenons aucune donnée personnelle vous concernant.                   | NO_DATA
          Aucune donnée vous concernant n'a été trouvée.                                | NO_DATA
          Nous ne vendons pas vos données.                                              | NONE
          Nous agissons uniquement en tant que sous-traitant pour nos clients.          | PROCESSOR_ONLY
          Nous ne sommes pas seulement un sous-traitant.                                | NONE
          """)
  void findsTheStatementOfEachPhrasing(String sentence, String expected) {
    Set<String> kinds =
        ReplyStatements.find(sentence).stream()
            .map(s -> s.kind().name())
            .collect(Collectors.toSet());
    assertThat(kinds).isEqualTo(expected.equals("NONE") ? Set.of() : Set.of(expected));
  }

  @Test
  void keepsTheMatchedSentenceAsEvidence() {
    List<Statement> found =
        ReplyStatements.find(
            "Dear Sir or Madam,\n\nThank you for your request.  We act ONLY as a processor\n"
                + "for our customers. Please contact them.");
    assertThat(found)
        .containsExactly(
            new Statement(Kind.PROCESSOR_ONLY, "we act only as a processor for our customers."));
  }

  @Test
  void findsBothStatementsOnceEach() {
    List<Statement> found =
        ReplyStatements.find(
            "We hold no personal data about you. We do not hold any data about you. "
                + "We act only as a processor.");
    assertThat(found)
        .extracting(Statement::kind)
        .containsExactly(Kind.NO_DATA, Kind.PROCESSOR_ONLY);
  }

  @Test
  void trimsLongEvidenceTo300Characters() {
    String sentence = "we hold no personal data about you" + " and so on".repeat(50) + ".";
    Statement statement = ReplyStatements.find(sentence).get(0);
    assertThat(statement.evidence()).hasSize(Statement.MAX_EVIDENCE).startsWith("we hold no");
  }

  @Test
  void anEmptyTextStatesNothing() {
    assertThat(ReplyStatements.find("")).isEmpty();
    assertThat(ReplyStatements.find(" \n\t ")).isEmpty();
  }
}
