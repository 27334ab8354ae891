package eu.inzage.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.Fixtures;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.catalog.ControllerProfiles;
import eu.inzage.core.catalog.SupervisoryAuthorities;
import eu.inzage.core.model.Participant;
import eu.inzage.core.model.SignatureEvidence;
import eu.inzage.core.model.SignatureKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRoundTripTest {
  private final InzageJson json = InzageJson.strict();

  static Stream<Object> everyModelType() {
    return Stream.of(
        Fixtures.zoe(),
        Fixtures.zoe().address(),
        Fixtures.zoe().accounts().get("tiktok"),
        Fixtures.foundation(),
        Fixtures.request(),
        Fixtures.mandate(),
        Fixtures.mandate().signature(),
        new SignatureEvidence(
            SignatureKind.DRAWN,
            null,
            Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            Instant.parse("2021-07-01T10:15:00Z"),
            null,
            null),
        Fixtures.campaign(),
        Fixtures.campaign().waves().get(0),
        ControllerProfiles.builtIn().require("tiktok"),
        ControllerProfiles.builtIn().require("zoom"),
        ControllerProfiles.builtIn().require("zoom").representative(),
        ControllerProfiles.builtIn().require("palantir"),
        ControllerProfiles.builtIn().require("palantir").channels().get(0),
        SupervisoryAuthorities.builtIn().forResidence("IE"));
  }

  @ParameterizedTest
  @MethodSource("everyModelType")
  void write_thenRead_givesAnEqualValue(Object value) {
    String text = json.write(value);

    Object back = json.read(text, value.getClass());

    assertThat(back).isEqualTo(value);
    assertThat(json.write(back)).isEqualTo(text);
  }

  @Test
  void read_designParticipantJson_givesTheCanonicalShape() {
    String text =
        """
        {
          "id": "p-000123",
          "name": "Zoë Ångström-Łukasiewicz",
          "email": "zoe.angstrom@example.org",
          "phone": "+31612345678",
          "birthDate": "1990-02-14",
          "residence": "NL",
          "language": "nl",
          "address": { "street": "Prinsengracht 263", "postalCode": "1016 GV", "city": "Amsterdam", "country": "NL" },
          "accounts": { "tiktok": { "username": "@zoe", "email": "zoe.angstrom@example.org" }, "zoom": { "email": "zoe@work.example" } }
        }
        """;

    Participant p = json.read(text, Participant.class);

    assertThat(p).isEqualTo(Fixtures.zoe());
    assertThat(json.write(p))
        .startsWith("{\"id\":\"p-000123\",\"name\":\"Zoë Ångström-Łukasiewicz\"")
        .contains("\"birthDate\":\"1990-02-14\"")
        .doesNotContain("null")
        .doesNotContain("region");
  }

  @Test
  void read_greeceAsEl_isStoredAsGr() {
    Participant p =
        json.read("{\"id\":\"a\",\"name\":\"A\",\"residence\":\"EL\"}", Participant.class);

    assertThat(p.residence()).isEqualTo("GR");
  }

  @Test
  void read_everyUnknownField_isReportedWithItsPath() {
    String text =
        "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\",\"nickname\":\"x\","
            + "\"address\":{\"street\":\"s\",\"floor\":3},"
            + "\"accounts\":{\"tiktok\":{\"username\":\"u\",\"password\":{\"a\":1}}}}";

    assertThat(Fixtures.violationsOf(() -> json.read(text, Participant.class)))
        .containsExactlyInAnyOrder(
            "nickname UNKNOWN_FIELD",
            "address.floor UNKNOWN_FIELD",
            "accounts.tiktok.password UNKNOWN_FIELD");
  }

  @Test
  void lenient_unknownFields_areIgnored() {
    Participant p =
        InzageJson.lenient()
            .read(
                "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\",\"x\":[1,2]}",
                Participant.class);

    assertThat(p.id()).isEqualTo("a");
  }

  @Test
  void read_malformedJson_isMalformedJsonWithoutAnExcerpt() {
    String secret = "{\"id\":\"a\",\"name\":\"" + Fixtures.NAME + "\" \"residence\"";

    assertThatThrownBy(() -> json.read(secret, Participant.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .singleElement()
                  .extracting(v -> v.code())
                  .isEqualTo(ViolationCode.MALFORMED_JSON);
              assertThat(e.getMessage()).doesNotContain(Fixtures.NAME);
              assertThat(e.violations().get(0).message())
                  .doesNotContain(Fixtures.NAME)
                  .contains("line 1");
            });
  }

  @Test
  void read_invalidDate_namesTheField() {
    assertThat(
            Fixtures.violationsOf(
                () ->
                    json.read(
                        "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\",\"birthDate\":\"1990-02-30\"}",
                        Participant.class)))
        .containsExactly("birthDate MALFORMED_JSON");
  }

  @Test
  void read_wrongType_namesTheNestedField() {
    assertThat(
            Fixtures.violationsOf(
                () ->
                    json.read(
                        "{\"id\":\"a\",\"name\":\"A\",\"residence\":\"NL\",\"address\":{\"street\":[1]}}",
                        Participant.class)))
        .containsExactly("address.street MALFORMED_JSON");
  }

  @Test
  void read_duplicateKey_isMalformed() {
    assertThat(
            Fixtures.violationsOf(
                () ->
                    json.read(
                        "{\"id\":\"a\",\"id\":\"b\",\"name\":\"A\",\"residence\":\"NL\"}",
                        Participant.class)))
        .containsExactly(" MALFORMED_JSON");
  }

  @Test
  void read_emptyOrNullDocument_isMalformed() {
    for (String text : new String[] {"", "null", "[]", "{} {}"}) {
      assertThat(Fixtures.violationsOf(() -> json.read(text, Participant.class)))
          .as(text)
          .containsExactly(" MALFORMED_JSON");
    }
  }

  @Test
  void read_textOverTheParserLimit_isTooLongAndStopsEarly() {
    // a stream that would be 2 GB: the parser must stop at its limit, not buffer it all
    byte[] head = "{\"id\":\"a\",\"name\":\"".getBytes(StandardCharsets.UTF_8);
    long total = 2L * 1024 * 1024 * 1024;
    java.io.InputStream huge =
        new java.io.InputStream() {
          long pos;

          @Override
          public int read() {
            if (pos >= total) {
              return -1;
            }
            return pos < head.length ? head[(int) pos++] : (pos++ > 0 ? 'x' : 'x');
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (pos >= total) {
              return -1;
            }
            int n = (int) Math.min(len, total - pos);
            for (int i = 0; i < n; i++) {
              b[off + i] = pos < head.length ? head[(int) pos] : (byte) 'x';
              pos++;
            }
            return n;
          }
        };

    assertThat(Fixtures.violationsOf(() -> json.read(huge, Participant.class)))
        .containsExactly("name TOO_LONG");
  }

  @Test
  void read_fromStream_readsUtf8() {
    byte[] bytes =
        "{\"id\":\"a\",\"name\":\"Łukasz Ωμέγα Иван\",\"residence\":\"PL\"}"
            .getBytes(StandardCharsets.UTF_8);

    Participant p = json.read(new ByteArrayInputStream(bytes), Participant.class);

    assertThat(p.name()).isEqualTo("Łukasz Ωμέγα Иван");
  }
}
