package eu.inzage.adapters.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.model.Address;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ContactChannel;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.SupervisoryAuthority;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open directory's import (see {@code docs/controllers.md#the-open-directory}): records copied
 * from the CC0 datarequests.org sample and broken records of the project's own.
 */
class ControllerDirectoryTest {
  private static final Path FIXTURE = Path.of("src/test/resources/directory");

  @Test
  void read_importsTheValidRecords_andRejectsEachBadOneWithFileAndReason() throws Exception {
    DirectoryImport imported = ControllerDirectory.read(FIXTURE);

    assertThat(imported.companies())
        .extracting(ImportedController::slug)
        .containsExactly(
            "alibaba",
            "contactout",
            "godaddy",
            "goldgas",
            "google",
            "guenstiger-reisen",
            "kirchengemeinde-zum-heiligen-leiden-christi-zu-braunschweig-stoeckheim",
            "no-extension",
            "palantir",
            "renamed-slug",
            "tiktok",
            "universum-business",
            "zoom");
    assertThat(imported.authorities())
        .extracting(ImportedAuthority::slug)
        .containsExactly("debfdi", "frcnil");
    assertThat(imported.rejected())
        .containsExactly(
            new Rejection(
                "companies/bad-phone.json",
                "schema violation at /phone: does not match the regex pattern"
                    + " ^\\+\\d+ \\d+ (?:\\d+ )*\\d+(?: ext\\. \\d+)?$"),
            new Rejection("companies/broken-json.json", "malformed JSON at line 4, column 3"),
            new Rejection("companies/empty.json", "malformed JSON: the file is empty"),
            new Rejection(
                "companies/not-an-object.json",
                "schema violation at /: array found, object expected"),
            new Rejection(
                "companies/vrbank-muenchen-land.json",
                "not a valid profile: channels.0.target CONTROL_CHARACTERS"),
            new Rejection(
                "companies/wrong-type.json",
                "schema violation at /needs-id-document: string found, boolean expected"),
            new Rejection(
                "companies/zz-duplicate.json",
                "duplicate slug 'zoom' (first in companies/zoom.json)"),
            new Rejection(
                "supervisory-authorities/no-name.json",
                "schema violation at /: required property 'name' not found"));
  }

  @Test
  void read_mapsARecordIntoAProfile_preferredChannelFirst() throws Exception {
    ImportedController tiktok = ControllerDirectory.read(FIXTURE).company("tiktok").orElseThrow();
    ControllerProfile profile = tiktok.profile();

    assertThat(profile.legalName()).isEqualTo("TikTok Technology Limited");
    assertThat(profile.address())
        .isEqualTo(Address.of("10 Earlsfort Terrace, Dublin, D02 T380", null, null, "IE"));
    assertThat(profile.channels())
        .containsExactly(
            new ContactChannel(
                ChannelType.WEB_FORM,
                "https://www.tiktok.com/legal/report/privacy",
                "data-subject requests"),
            new ContactChannel(
                ChannelType.POST, "TikTok Technology Limited", "data-subject requests"));
    assertThat(profile.preferredChannel()).isEqualTo(ChannelType.WEB_FORM);
    assertThat(profile.establishment()).isEqualTo("IE");
    assertThat(profile.deadlineCountry()).isEqualTo("IE");
    assertThat(profile.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(profile.requestLanguage()).isEqualTo("en");
    assertThat(tiktok.addressLines())
        .containsExactly("10 Earlsfort Terrace", "Dublin", "D02 T380", "Ireland");
    assertThat(tiktok.file()).isEqualTo("companies/tiktok.json");
    assertThat(tiktok.quality()).isEqualTo("verified");
    assertThat(tiktok.categories()).containsExactly("social media", "entertainment");
  }

  @Test
  void read_outsideTheEea_countsWeekendsOnly() throws Exception {
    ImportedController zoom = ControllerDirectory.read(FIXTURE).company("zoom").orElseThrow();

    assertThat(zoom.profile().establishment()).isEqualTo("US");
    assertThat(zoom.profile().deadlineCountry()).isNull();
    assertThat(zoom.profile().zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(zoom.profile().channels())
        .extracting(ContactChannel::type, ContactChannel::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChannelType.EMAIL, "privacy@zoom.us"),
            org.assertj.core.groups.Tuple.tuple(
                ChannelType.POST, "Zoom Video Communications, Inc."));
    assertThat(zoom.phone()).isEqualTo("+1 888 799 9666");
    assertThat(zoom.web()).isEqualTo("https://zoom.us/");
  }

  @Test
  void read_keepsTheFieldsAProfileDoesNotHold() throws Exception {
    DirectoryImport imported = ControllerDirectory.read(FIXTURE);
    ImportedController sans = imported.company("no-extension").orElseThrow();
    ImportedController google = imported.company("google").orElseThrow();
    ImportedController palantir = imported.company("palantir").orElseThrow();

    // a file without .json is read like any other; its fax medium has no profile channel
    assertThat(sans.file()).isEqualTo("companies/no-extension");
    assertThat(sans.fax()).isEqualTo("+33 1 23 45 67 89");
    assertThat(sans.needsIdDocument()).isTrue();
    assertThat(sans.customTemplates()).isEqualTo(Map.of("access", "no-extension-access"));
    assertThat(sans.suggestedTransportMedium()).isEqualTo("fax");
    assertThat(sans.profile().preferredChannel()).isNull();
    assertThat(sans.profile().requestLanguage()).isEqualTo("fr");
    assertThat(sans.requestLanguage()).isEqualTo("fr");
    assertThat(google.requiredElements())
        .containsExactly(
            new RequiredElement("Name", "name", false),
            new RequiredElement("E-Mail", "email", false));
    assertThat(google.fax()).isEqualTo("+1 650 618 1806");
    assertThat(google.runs()).hasSize(58).startsWith("Google Commerce Ltd.");
    assertThat(google.needsIdDocument()).isFalse();
    assertThat(palantir.comments()).containsExactly("Email of the DPO: privacy@palantir.com");
    assertThat(palantir.requestLanguage()).isEqualTo("en");
  }

  @Test
  void read_aSlugThatDiffersFromItsFileName_isImportedUnderTheRecordsSlug() throws Exception {
    DirectoryImport imported = ControllerDirectory.read(FIXTURE);

    assertThat(imported.company("renamed")).isEmpty();
    ImportedController renamed = imported.company("renamed-slug").orElseThrow();
    assertThat(renamed.file()).isEqualTo("companies/renamed.json");
    assertThat(renamed.profile().establishment()).isEqualTo("AT");
    assertThat(renamed.profile().requestLanguage()).isEqualTo("de");
  }

  @Test
  void read_theRealDirectorysSurprises_areImported() throws Exception {
    // records copied unchanged from the real directory (CC0)
    DirectoryImport imported = ControllerDirectory.read(FIXTURE);

    // "Republic of Singapore" and "Hong Kong" on the last line of the address
    assertThat(imported.company("alibaba").orElseThrow().profile().establishment()).isEqualTo("SG");
    assertThat(imported.company("contactout").orElseThrow().profile().establishment())
        .isEqualTo("HK");
    // sources that are internationalised URIs, as the directory's own checks accept them
    assertThat(imported.company("guenstiger-reisen").orElseThrow().sources())
        .contains("https://www.günstiger-reisen.de/datenschutz");
    // a slug of 80 characters
    assertThat(
            imported
                .company("kirchengemeinde-zum-heiligen-leiden-christi-zu-braunschweig-stoeckheim")
                .orElseThrow()
                .profile()
                .requestLanguage())
        .isEqualTo("de");
  }

  @Test
  void read_mapsAuthorities() throws Exception {
    ImportedAuthority cnil = ControllerDirectory.read(FIXTURE).authority("frcnil").orElseThrow();

    assertThat(cnil.authority())
        .isEqualTo(
            new SupervisoryAuthority(
                "FR",
                "Commission Nationale de l'Informatique et des Libertés – CNIL (French National"
                    + " Commission on Informatics and Liberty)",
                "www.cnil.fr",
                "3 Place de Fontenoy, TSA 80715, 75334 PARIS CEDEX 07, France",
                List.of("fr"),
                false));
    assertThat(cnil.webform()).isEqualTo("https://www.cnil.fr/fr/plaintes");
    assertThat(cnil.phone()).isEqualTo("+33 1 53 73 22 22");
    assertThat(cnil.relevantCountries()).containsExactly("fr");
  }

  @Test
  void read_aFileInsteadOfAFolder_isRefused() {
    assertThatThrownBy(() -> ControllerDirectory.read(FIXTURE.resolve("schema.json")))
        .isInstanceOf(NotDirectoryException.class);
  }

  @Test
  void read_aHugeBadValue_isNeverQuoted_andTheReasonStaysShort(@TempDir Path dir) throws Exception {
    Files.copy(FIXTURE.resolve("schema.json"), dir.resolve("schema.json"));
    Files.copy(
        FIXTURE.resolve("schema-supervisory-authorities.json"),
        dir.resolve("schema-supervisory-authorities.json"));
    Path companies = Files.createDirectory(dir.resolve("companies"));
    String huge = "q".repeat(50_000);
    Files.writeString(
        companies.resolve("huge.json"),
        "{\"slug\": \"huge\", \"relevant-countries\": [\"nl\"], \"name\": \"Huge B.V.\","
            + " \"address\": \"Straat 1\\nAmsterdam\\nNetherlands\", \"sources\":"
            + " [\"https://huge.example.com/\"], \"quality\": \""
            + huge
            + "\", \"phone\": \""
            + huge
            + "\"}",
        StandardCharsets.UTF_8);

    DirectoryImport imported = ControllerDirectory.read(dir);

    assertThat(imported.companies()).isEmpty();
    assertThat(imported.rejected()).hasSize(1);
    Rejection rejection = imported.rejected().get(0);
    assertThat(rejection.file()).isEqualTo("companies/huge.json");
    assertThat(rejection.reason())
        .startsWith("schema violation at /phone: does not match the regex pattern")
        .endsWith("(and 1 more)")
        .doesNotContain("qqqq");
    assertThat(rejection.reason().length()).isLessThanOrEqualTo(200);
  }

  @Test
  void read_threeThousandRecords_areAllImported(@TempDir Path dir) throws Exception {
    Files.copy(FIXTURE.resolve("schema.json"), dir.resolve("schema.json"));
    Files.copy(
        FIXTURE.resolve("schema-supervisory-authorities.json"),
        dir.resolve("schema-supervisory-authorities.json"));
    Path companies = Files.createDirectory(dir.resolve("companies"));
    String zoom = Files.readString(FIXTURE.resolve("companies/zoom.json"), StandardCharsets.UTF_8);
    for (int i = 0; i < 3000; i++) {
      String slug = "zoom-" + i;
      Files.writeString(
          companies.resolve(slug + ".json"),
          zoom.replace("\"slug\": \"zoom\"", "\"slug\": \"" + slug + "\""),
          StandardCharsets.UTF_8);
    }

    DirectoryImport imported = ControllerDirectory.read(dir);

    assertThat(imported.rejected()).isEmpty();
    assertThat(imported.companies()).hasSize(3000);
    assertThat(imported.authorities()).isEmpty();
    assertThat(imported.company("zoom-2999").orElseThrow().profile().legalName())
        .isEqualTo("Zoom Video Communications, Inc.");
  }
}
