package eu.inzage.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ControllerProfile;
import eu.inzage.core.model.SupervisoryAuthority;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {

  @Test
  void builtIn_hasTheThreeControllersOfLaw7() {
    assertThat(ControllerProfiles.builtIn().ids()).containsExactly("tiktok", "zoom", "palantir");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "tiktok,   TikTok Technology Limited, IE, IE, -,                              Europe/Dublin,       IE, WEB_FORM",
        "zoom,     Zoom Communications,        US, -,  Lionheart Squared (Europe) Ltd, America/Los_Angeles, IE, EMAIL",
        "palantir, Palantir Technologies Inc., US, -,  -,                              America/Denver,      -,  EMAIL"
      })
  void builtIn_profile_carriesTheFactsOfLaw7(
      String id,
      String legalName,
      String establishment,
      String lead,
      String representative,
      String zone,
      String deadlineCountry,
      ChannelType preferred) {
    ControllerProfile p = ControllerProfiles.builtIn().require(id);

    assertThat(p.legalName()).startsWith(legalName);
    assertThat(p.establishment()).isEqualTo(establishment);
    assertThat(p.leadAuthority()).isEqualTo(lead);
    assertThat(p.representative() == null ? null : p.representative().name())
        .isEqualTo(representative);
    assertThat(p.zone()).isEqualTo(ZoneId.of(zone));
    assertThat(p.deadlineCountry()).isEqualTo(deadlineCountry);
    assertThat(p.preferredChannel()).isEqualTo(preferred);
    assertThat(p.channel(preferred)).isPresent();
    assertThat(p.requestLanguage()).isEqualTo("en");
    assertThat(p.lastVerified()).isNotNull();
  }

  @Test
  void builtIn_emailChannels_areThePublishedAddresses() {
    assertThat(
            ControllerProfiles.builtIn()
                .require("zoom")
                .channel(ChannelType.EMAIL)
                .orElseThrow()
                .target())
        .isEqualTo("privacy@zoom.us");
    assertThat(
            ControllerProfiles.builtIn()
                .require("palantir")
                .channel(ChannelType.EMAIL)
                .orElseThrow()
                .target())
        .isEqualTo("data-subject-request@palantir.com");
    assertThat(ControllerProfiles.builtIn().require("tiktok").channel(ChannelType.EMAIL)).isEmpty();
    assertThat(
            ControllerProfiles.builtIn()
                .require("tiktok")
                .channel(ChannelType.WEB_FORM)
                .orElseThrow()
                .target())
        .isEqualTo("https://www.tiktok.com/legal/report/privacy");
  }

  @Test
  void require_unknownController_isInvalidInputNamingTheField() {
    assertThatThrownBy(() -> ControllerProfiles.builtIn().require("myspace"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: controller INVALID_ID (unknown controller; known: [tiktok, zoom, palantir])");
  }

  @Test
  void authorities_areThe31OfLaw6() {
    assertThat(SupervisoryAuthorities.builtIn().all())
        .extracting(SupervisoryAuthority::country)
        .containsExactlyInAnyOrder(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO", "CH");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "NL, Autoriteit Persoonsgegevens, nl, 'Postbus 93374, 2509 AJ Den Haag'",
    "IE, Data Protection Commission, en, '21 Fitzwilliam Square South, Dublin 2, D02 RD28'",
    "DE, Die Bundesbeauftragte für den Datenschutz, de, 'Graurheindorfer Str. 153, 53117 Bonn'",
    "FR, CNIL, fr, '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07'",
    "EL, Hellenic Data Protection Authority, el, 'Kifissias 1-3, 115 23 Athens'",
    "CH, Federal Data Protection and Information Commissioner, de, 'Feldeggweg 1, 3003 Bern'",
    "PL, Urząd Ochrony Danych Osobowych, pl, 'ul. Stawki 2, 00-193 Warszawa'"
  })
  void forResidence_givesTheAuthorityAndItsComplaintLanguage(
      String country, String name, String language, String address) {
    SupervisoryAuthority authority = SupervisoryAuthorities.builtIn().forResidence(country);

    assertThat(authority.name()).startsWith(name);
    assertThat(authority.complaintLanguage()).isEqualTo(language);
    assertThat(authority.postalAddress()).isEqualTo(address);
  }

  @Test
  void forResidence_unitedKingdom_hasNoAuthority() {
    assertThatThrownBy(() -> SupervisoryAuthorities.builtIn().forResidence("GB"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: residence UNKNOWN_COUNTRY (no supervisory authority known for this country)");
  }
}
