package eu.inzage.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import eu.inzage.adapters.FormField.Value;
import eu.inzage.adapters.IdentifierNeed.Need;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.model.Address;
import eu.inzage.core.model.ChannelType;
import eu.inzage.core.model.ContactChannel;
import eu.inzage.core.model.ControllerProfile;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in adapters (facts in {@code docs/controllers.md}) and adapters made in code. */
class ControllerAdaptersTest {

  @Test
  void builtIn_areTikTokZoomPalantir_overTheCheckedProfiles() {
    assertThat(ControllerAdapters.builtIn())
        .extracting(ControllerAdapter::id, ControllerAdapter::origin)
        .containsExactly(
            tuple("tiktok", ControllerAdapter.Origin.BUILT_IN),
            tuple("zoom", ControllerAdapter.Origin.BUILT_IN),
            tuple("palantir", ControllerAdapter.Origin.BUILT_IN));
    assertThat(ControllerAdapters.builtIn())
        .allSatisfy(a -> assertThat(a.profile().lastVerified()).isEqualTo("2026-11-28"))
        .allSatisfy(a -> assertThat(a.needsIdDocument()).isFalse());
    assertThat(ControllerAdapters.tiktok()).isSameAs(ControllerAdapters.builtIn().get(0));
  }

  @Test
  void tiktok_isFoundByAnyOfItsIdentifiers_throughThePrivacyForm() {
    ControllerAdapter tiktok = ControllerAdapters.tiktok();

    assertThat(tiktok.identifiers())
        .extracting(IdentifierNeed::identifier, IdentifierNeed::need)
        .containsExactly(
            tuple(Identifier.USERNAME, Need.ONE_OF),
            tuple(Identifier.EMAIL, Need.ONE_OF),
            tuple(Identifier.PHONE, Need.ONE_OF));
    assertThat(tiktok.identifiers().get(0).question()).contains("after the @");
    // the privacy form first, post and the DPO form as fallbacks; no self-service portal
    assertThat(tiktok.routes())
        .extracting(SubmissionRoute::channel, SubmissionRoute::target)
        .containsExactly(
            tuple(ChannelType.WEB_FORM, "https://www.tiktok.com/legal/report/privacy"),
            tuple(ChannelType.WEB_FORM, "https://www.tiktok.com/legal/report/DPO"),
            tuple(
                ChannelType.POST, "TikTok Technology Limited, attention Data Protection Officer"));
    SubmissionRoute form = tiktok.preferredRoute().orElseThrow();
    assertThat(form.formFields())
        .extracting(FormField::value)
        .containsExactly(
            Value.REQUEST_TYPE,
            Value.NAME,
            Value.USERNAME,
            Value.REPLY_EMAIL,
            Value.COUNTRY,
            Value.REQUEST_TEXT,
            Value.ATTACHMENTS,
            Value.CONFIRMATION);
    assertThat(form.formFields().get(0).option()).isEqualTo("Access to my personal data");
    assertThat(tiktok.route(ChannelType.POST).orElseThrow().address())
        .isEqualTo(tiktok.profile().address());
    assertThat(tiktok.route(ChannelType.PORTAL)).isEmpty();
    assertThat(tiktok.route(ChannelType.EMAIL)).isEmpty();
    assertThat(tiktok.replyFormats())
        .extracting(ReplyFormat::code)
        .containsExactly("tiktok-json", "tiktok-json-legacy", "tiktok-txt", "archive", "letter");
    assertThat(tiktok.replyFormats().get(0).fileNames()).containsExactly("user_data_tiktok.json");
    assertThat(tiktok.replyFormats().get(1).fileNames()).containsExactly("user_data.json");
  }

  @Test
  void zoom_emailGoesInCopyToTheArticle27Representative() {
    ControllerAdapter zoom = ControllerAdapters.zoom();

    SubmissionRoute email = zoom.preferredRoute().orElseThrow();
    assertThat(email.channel()).isEqualTo(ChannelType.EMAIL);
    assertThat(email.target()).isEqualTo("privacy@zoom.us");
    assertThat(email.copyTo()).containsExactly("zoom@LionheartSquared.eu");
    assertThat(zoom.routes())
        .extracting(SubmissionRoute::channel)
        .containsExactly(ChannelType.EMAIL, ChannelType.POST);
    assertThat(zoom.identifiers())
        .extracting(IdentifierNeed::identifier, IdentifierNeed::need)
        .containsExactly(tuple(Identifier.EMAIL, Need.REQUIRED));
    assertThat(zoom.replyFormats().get(0).fileNames())
        .containsExactly("*.csv", "*.vtt", "*.txt", "*.json", "*.mp4", "*.m4a");
  }

  @Test
  void palantir_dataSubjectRequestAddressFirst_noCopy() {
    ControllerAdapter palantir = ControllerAdapters.palantir();

    assertThat(palantir.routes())
        .extracting(SubmissionRoute::channel, SubmissionRoute::target)
        .containsExactly(
            tuple(ChannelType.EMAIL, "data-subject-request@palantir.com"),
            tuple(ChannelType.EMAIL, "privacy@palantir.com"),
            tuple(ChannelType.POST, "Palantir Technologies Inc., attention Privacy"));
    assertThat(palantir.preferredRoute().orElseThrow().copyTo()).isEmpty();
    assertThat(palantir.replyFormats())
        .singleElement()
        .satisfies(f -> assertThat(f.description()).contains("we hold no data about you"));
  }

  @Test
  void builder_defaultsToTheProfilesIdentifiersAndChannels_preferredFirst() {
    ControllerAdapter acme =
        ControllerAdapter.builder(acme(List.of("userId", "birthDate"))).build();

    assertThat(acme.origin()).isEqualTo(ControllerAdapter.Origin.CODE);
    assertThat(acme.identifiers())
        .extracting(IdentifierNeed::identifier, IdentifierNeed::need, IdentifierNeed::question)
        .containsExactly(
            tuple(
                Identifier.USER_ID, Need.REQUIRED, "Your customer or account number at Acme B.V."),
            tuple(Identifier.BIRTH_DATE, Need.REQUIRED, "Your date of birth."));
    assertThat(acme.routes())
        .extracting(SubmissionRoute::channel)
        .containsExactly(ChannelType.WEB_FORM, ChannelType.EMAIL);
    assertThat(acme.replyFormats()).extracting(ReplyFormat::code).containsExactly("letter");
    assertThat(acme.toString()).isEqualTo("ControllerAdapter[id=acme, origin=CODE]");
  }

  @Test
  void builder_refusesNeedsThatDifferFromTheProfile() {
    ControllerProfile profile = acme(List.of("email"));
    IdentifierNeed phone = new IdentifierNeed(Identifier.PHONE, Need.REQUIRED, "Your phone.");
    IdentifierNeed email = new IdentifierNeed(Identifier.EMAIL, Need.REQUIRED, "Your e-mail.");

    assertThatThrownBy(() -> ControllerAdapter.builder(profile).identifiers(List.of(phone)).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple("identifiers", ViolationCode.INVALID_VALUE)));
    assertThatThrownBy(
            () -> ControllerAdapter.builder(profile).identifiers(List.of(email, email)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("asked for twice");
    assertThatThrownBy(() -> ControllerAdapter.builder(acme(List.of("shoeSize"))).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown identifier 'shoeSize'");
    assertThatThrownBy(
            () -> ControllerAdapter.builder(profile).needsIdDocument(true).needsIdDocument(false))
        .isInstanceOf(IllegalStateException.class);
  }

  static ControllerProfile acme(List<String> identifiers) {
    return ControllerProfile.builder()
        .id("acme")
        .legalName("Acme B.V.")
        .address(Address.of("Damrak 1", "1012 LG", "Amsterdam", "NL"))
        .channels(
            List.of(
                new ContactChannel(ChannelType.EMAIL, "privacy@acme.example", "requests"),
                new ContactChannel(ChannelType.WEB_FORM, "https://acme.example/privacy", null)))
        .preferredChannel(ChannelType.WEB_FORM)
        .establishment("NL")
        .leadAuthority("NL")
        .zone(ZoneId.of("Europe/Amsterdam"))
        .deadlineCountry("NL")
        .requestLanguage("nl")
        .identifiers(identifiers)
        .lastVerified(LocalDate.of(2026, 11, 30))
        .build();
  }
}
