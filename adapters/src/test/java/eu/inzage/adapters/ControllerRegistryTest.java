package eu.inzage.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import eu.inzage.adapters.ChosenController.SelectedBy;
import eu.inzage.adapters.IdentifierNeed.Need;
import eu.inzage.adapters.directory.ControllerDirectory;
import eu.inzage.adapters.directory.DirectoryImport;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.Participant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry: adapters in code and from the open directory (the CC0 fixture of {@code
 * ControllerDirectoryTest}), and the participant's choice resolved against them.
 */
class ControllerRegistryTest {
  private static final Path FIXTURE = Path.of("src/test/resources/directory");
  private static final List<String> OFFER = List.of("tiktok", "zoom", "palantir");
  private static DirectoryImport directory;
  private static ControllerRegistry registry;

  @BeforeAll
  static void read() throws Exception {
    directory = ControllerDirectory.read(FIXTURE);
    registry =
        ControllerRegistry.builder()
            .addAll(ControllerAdapters.builtIn())
            .directory(directory)
            .build();
  }

  @Test
  void build_codeFirst_thenTheDirectory_andTheBuiltInKeepsItsFactsOverTheDirectorys() {
    assertThat(registry.adapters())
        .extracting(ControllerAdapter::id)
        .containsExactly(
            "tiktok",
            "zoom",
            "palantir",
            "alibaba",
            "contactout",
            "godaddy",
            "goldgas",
            "google",
            "guenstiger-reisen",
            "kirchengemeinde-zum-heiligen-leiden-christi-zu-braunschweig-stoeckheim",
            "no-extension",
            "renamed-slug",
            "universum-business");
    assertThat(registry.shadowed()).containsExactly("palantir", "tiktok", "zoom");
    // the directory still calls Zoom by its old name; the built-in profile has the new one
    assertThat(registry.require("zoom").profile().legalName())
        .isEqualTo("Zoom Communications, Inc.");
    assertThat(registry.require("zoom").origin()).isEqualTo(ControllerAdapter.Origin.BUILT_IN);
    assertThat(registry.profiles().ids()).hasSize(13).startsWith("tiktok", "zoom", "palantir");
    assertThat(registry.toString()).isEqualTo("ControllerRegistry[13 controllers]");
  }

  @Test
  void add_twiceTheSameSlug_isAConfigurationError() {
    ControllerRegistry.Builder builder =
        ControllerRegistry.builder().add(ControllerAdapters.zoom());

    assertThatThrownBy(() -> builder.add(ControllerAdapters.zoom()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("two adapters for the controller 'zoom'");
  }

  @Test
  void require_anUnknownSlug_namesTheFieldAndCountsTheKnownOnes() {
    assertThatThrownBy(() -> registry.require("acme"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "controller",
                            ViolationCode.INVALID_ID,
                            "unknown controller; 13 known, among them [tiktok, zoom, palantir,"
                                + " alibaba, contactout, godaddy, goldgas, google,"
                                + " guenstiger-reisen, kirchengemeinde-zum-heiligen-leiden-christi"
                                + "-zu-braunschweig-stoeckheim]")));
    assertThat(registry.find("acme")).isEmpty();
    assertThat(registry.find(null)).isEmpty();
  }

  @Test
  void directoryAdapter_germanCompany_germanCalendarAndLanguage_emailFirst() {
    ControllerAdapter goldgas = registry.require("goldgas");

    assertThat(goldgas.origin()).isEqualTo(ControllerAdapter.Origin.DIRECTORY);
    assertThat(goldgas.profile().deadlineCountry()).isEqualTo("DE");
    assertThat(goldgas.profile().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    // no request-language in the record: the country's one official language
    assertThat(goldgas.profile().requestLanguage()).isEqualTo("de");
    assertThat(goldgas.routes())
        .extracting(SubmissionRoute::channel, SubmissionRoute::target)
        .containsExactly(
            tuple(ChannelType.EMAIL, "datenschutz@goldgas.de"),
            tuple(ChannelType.POST, "goldgas GmbH"));
    assertThat(goldgas.route(ChannelType.POST).orElseThrow().address().country()).isEqualTo("DE");
    assertThat(goldgas.identifiers()).isEmpty();
  }

  @Test
  void directoryAdapter_outsideTheEea_weekendsOnly_requiredElementsBecomeNeeds() {
    ControllerAdapter google = registry.require("google");
    ControllerAdapter godaddy = registry.require("godaddy");
    ControllerAdapter sans = registry.require("no-extension");

    assertThat(google.profile().deadlineCountry()).isNull();
    assertThat(google.profile().requestLanguage()).isEqualTo("en");
    assertThat(google.profile().identifiers()).containsExactly("email");
    assertThat(google.identifiers())
        .containsExactly(new IdentifierNeed(Identifier.EMAIL, Need.REQUIRED, "E-Mail"));
    assertThat(google.preferredRoute().orElseThrow().channel()).isEqualTo(ChannelType.WEB_FORM);
    // GoDaddy: the customer number is an account number; the shopper PIN and the preferred
    // method of contact are not identifiers a letter can carry
    assertThat(godaddy.profile().identifiers()).containsExactly("email", "userId");
    assertThat(godaddy.identifiers())
        .containsExactly(
            new IdentifierNeed(Identifier.EMAIL, Need.REQUIRED, "Email"),
            new IdentifierNeed(Identifier.USER_ID, Need.REQUIRED, "GoDaddy Customer No."));
    assertThat(godaddy.profile().establishment()).isEqualTo("GB");
    assertThat(godaddy.profile().deadlineCountry()).isNull();
    assertThat(sans.needsIdDocument()).isTrue();
  }

  static Stream<Arguments> choices() {
    return Stream.of(
        Arguments.of(
            "all offered",
            ControllerChoice.allOffered(),
            List.of("tiktok:ORGANISATION", "zoom:ORGANISATION", "palantir:ORGANISATION")),
        Arguments.of("some offered", ControllerChoice.of("zoom"), List.of("zoom:ORGANISATION")),
        Arguments.of(
            "own pick from the directory",
            ControllerChoice.of("goldgas"),
            List.of("goldgas:PARTICIPANT")),
        Arguments.of(
            "all and an own pick, each once",
            new ControllerChoice(true, List.of("goldgas", "zoom", "goldgas")),
            List.of(
                "tiktok:ORGANISATION",
                "zoom:ORGANISATION",
                "palantir:ORGANISATION",
                "goldgas:PARTICIPANT")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("choices")
  void resolve_choices(String name, ControllerChoice choice, List<String> expected) {
    List<ChosenController> chosen = registry.resolve(choice, OFFER, participant());

    assertThat(chosen).extracting(c -> c.adapter().id() + ":" + c.selectedBy()).isEqualTo(expected);
  }

  @Test
  void choice_isReadFromTheRegistrationsJson_strictly() {
    InzageJson json = InzageJson.strict();

    assertThat(json.read("{\"all\":true,\"controllers\":[\"goldgas\"]}", ControllerChoice.class))
        .isEqualTo(new ControllerChoice(true, List.of("goldgas")));
    assertThat(json.read("{\"controllers\":[\"zoom\"]}", ControllerChoice.class))
        .isEqualTo(ControllerChoice.of("zoom"));
    assertThat(json.read("{\"all\":true}", ControllerChoice.class))
        .isEqualTo(ControllerChoice.allOffered());
    assertThatThrownBy(() -> json.read("{\"every\":true}", ControllerChoice.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("every", ViolationCode.UNKNOWN_FIELD)));
  }

  @Test
  void resolve_saysPerControllerWhatIsMissing_andWhetherTheRequestCanGo() {
    Participant zoe = participant();

    List<ChosenController> chosen =
        registry.resolve(ControllerChoice.of("tiktok", "zoom", "palantir", "godaddy"), OFFER, zoe);

    // TikTok: the user name is there, so the missing e-mail and phone do not hold it up
    assertThat(chosen.get(0).missing())
        .extracting(IdentifierNeed::identifier)
        .containsExactly(Identifier.EMAIL, Identifier.PHONE);
    assertThat(chosen.get(0).ready()).isTrue();
    // Zoom: the account e-mail is there
    assertThat(chosen.get(1).missing()).isEmpty();
    assertThat(chosen.get(1).ready()).isTrue();
    // Palantir: no account there; the contact e-mail never stands in for an account's
    assertThat(chosen.get(2).missing())
        .extracting(IdentifierNeed::identifier, IdentifierNeed::need)
        .containsExactly(tuple(Identifier.EMAIL, Need.REQUIRED));
    assertThat(chosen.get(2).ready()).isFalse();
    assertThat(chosen.get(3).selectedBy()).isEqualTo(SelectedBy.PARTICIPANT);
    assertThat(chosen.get(3).missing())
        .extracting(IdentifierNeed::question)
        .containsExactly("Email", "GoDaddy Customer No.");
  }

  @Test
  void resolve_tiktokWithNoneOfItsIdentifiers_isNotReady() {
    Participant bare = Participant.builder().id("p-2").name("Ana Lima").residence("PT").build();

    ChosenController tiktok = registry.resolve(ControllerChoice.of("tiktok"), OFFER, bare).get(0);

    assertThat(tiktok.missing()).hasSize(3);
    assertThat(tiktok.ready()).isFalse();
  }

  @Test
  void resolve_birthDateAndAddressComeFromTheParticipant() {
    ControllerAdapter adapter =
        ControllerAdapter.builder(ControllerAdaptersTest.acme(List.of("birthDate", "address")))
            .build();
    ControllerRegistry own = ControllerRegistry.builder().add(adapter).build();
    Participant with =
        Participant.builder()
            .id("p-3")
            .name("Jan Jansen")
            .residence("NL")
            .birthDate(LocalDate.of(1980, 1, 2))
            .address(Address.of("Kerkstraat 1", "1017 GA", "Amsterdam", "NL"))
            .build();
    Participant without =
        Participant.builder().id("p-4").name("Jan Jansen").residence("NL").build();

    assertThat(own.resolve(ControllerChoice.of("acme"), List.of(), with).get(0).missing())
        .isEmpty();
    assertThat(own.resolve(ControllerChoice.of("acme"), List.of(), without).get(0).missing())
        .extracting(IdentifierNeed::identifier)
        .containsExactly(Identifier.BIRTH_DATE, Identifier.ADDRESS);
  }

  @Test
  void resolve_unknownSlugs_areEachAViolationAtTheirPosition_andNothingIsResolved() {
    assertThatThrownBy(
            () ->
                registry.resolve(
                    ControllerChoice.of("zoom", "acme", "Not A Slug"),
                    List.of("tiktok", "nope"),
                    participant()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(
                        tuple("offer.1", ViolationCode.INVALID_ID),
                        tuple("controllers.1", ViolationCode.INVALID_ID),
                        tuple("controllers.2", ViolationCode.INVALID_ID)));
  }

  @Test
  void resolve_aChoiceOfNothing_isRequired() {
    assertThatThrownBy(
            () -> registry.resolve(new ControllerChoice(false, null), OFFER, participant()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("controllers", ViolationCode.REQUIRED)));
    assertThatThrownBy(
            () -> registry.resolve(ControllerChoice.allOffered(), List.of(), participant()))
        .isInstanceOf(InvalidInputException.class);
  }

  private static Participant participant() {
    return Participant.builder()
        .id("p-1")
        .name("Zoë Ångström-Łukasiewicz")
        .email("zoe@example.org")
        .residence("NL")
        .account("tiktok", new Account("@zoe", null, null, null))
        .account("zoom", new Account(null, "zoe@work.example", null, null))
        .build();
  }
}
