package eu.inzage.adapters.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.ConfigurationException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.Violation;
import eu.inzage.core.ViolationCode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailSubmissionTest {

  static Stream<Arguments> headerInjections() {
    return Stream.of(
        bad(
            "subject with LF",
            "subject",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.subject("Hi\nBcc: x@evil.example")),
        bad(
            "subject with CR",
            "subject",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.subject("Hi\rBcc: x@evil.example")),
        bad(
            "subject with NUL",
            "subject",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.subject("Hi\u0000")),
        bad(
            "subject with bidi override",
            "subject",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.subject("Hi\u202Efdp.exe")),
        bad(
            "from name with CRLF",
            "from.displayName",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.from("a@org.example", "Org\r\nBcc: x@evil.example")),
        bad(
            "from address with LF",
            "from.address",
            BOTH,
            b -> b.from("a@org.example\nBcc: x@evil.example", null)),
        bad("to address with CR", "to.0.address", BOTH, b -> b.to("p@c.example\r", null)),
        bad(
            "second to name with LF",
            "to.1.displayName",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.to("p@c.example", null).to("q@c.example", "Q\nX: y")),
        bad(
            "cc name with tab",
            "cc.0.displayName",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.cc("r@c.example", "R\tS")),
        bad("reply-to base with LF", "replyTo", BOTH, b -> b.replyToBase("requests@org.example\n")),
        bad(
            "attachment name with CRLF",
            "attachments.0.fileName",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.attach("a.pdf\r\nContent-Type: text/html", "application/pdf", new byte[1])),
        bad(
            "attachment type with LF",
            "attachments.0.mediaType",
            ViolationCode.CONTROL_CHARACTERS,
            b -> b.attach("a.pdf", "application/pdf\nX: y", new byte[1])),
        bad(
            "attachment type with parameter",
            "attachments.0.mediaType",
            ViolationCode.INVALID_VALUE,
            b -> b.attach("a.pdf", "text/html; charset=x", new byte[1])),
        bad(
            "attachment name with path",
            "attachments.0.fileName",
            ViolationCode.INVALID_VALUE,
            b -> b.attach("../a.pdf", "application/pdf", new byte[1])),
        bad(
            "not an address",
            "to.0.address",
            ViolationCode.INVALID_EMAIL,
            b -> b.to("privacy at controller", null)),
        bad(
            "two addresses in one",
            "to.0.address",
            ViolationCode.INVALID_EMAIL,
            b -> b.to("a@c.example, b@c.example", null)),
        bad(
            "non-ASCII address",
            "to.0.address",
            ViolationCode.INVALID_EMAIL,
            b -> b.to("zoë@c.example", null)),
        bad(
            "reference with space",
            "reference",
            ViolationCode.INVALID_ID,
            b -> b.reference("REF 1")),
        bad(
            "reference with slash",
            "reference",
            ViolationCode.INVALID_ID,
            b -> b.reference("p1/c1")),
        bad("body with NUL", "body", ViolationCode.CONTROL_CHARACTERS, b -> b.body("Hello\u0000")),
        bad("blank body", "body", ViolationCode.REQUIRED, b -> b.body("  \n")));
  }

  /** An address with a line break is both not plain text and not an address. */
  private static final List<ViolationCode> BOTH =
      List.of(ViolationCode.CONTROL_CHARACTERS, ViolationCode.INVALID_EMAIL);

  private static Arguments bad(
      String name, String field, ViolationCode code, Consumer<EmailSubmission.Builder> step) {
    return Arguments.of(name, field, List.of(code), step);
  }

  private static Arguments bad(
      String name,
      String field,
      List<ViolationCode> codes,
      Consumer<EmailSubmission.Builder> step) {
    return Arguments.of(name, field, codes, step);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headerInjections")
  void badValue_refusedWithItsField(
      String name,
      String field,
      List<ViolationCode> codes,
      Consumer<EmailSubmission.Builder> step) {
    EmailSubmission.Builder builder = EmailSubmission.builder();

    assertThatThrownBy(() -> step.accept(builder))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations()).extracting(Violation::field).containsOnly(field);
              assertThat(e.violations())
                  .extracting(Violation::code)
                  .containsExactlyElementsOf(codes);
            })
        .message()
        .doesNotContain("evil")
        .doesNotContain("@");
  }

  @Test
  void build_derivesThePerRequestReplyTo() {
    EmailSubmission submission = Samples.full("REQ-2026-0001").build();

    assertThat(submission.replyTo()).contains("requests+REQ-2026-0001@org.example");
    assertThat(submission.recipients())
        .extracting(Mailbox::address)
        .containsExactly("privacy@controller.example", "rep@representative.example");
    assertThat(submission.attachments())
        .extracting(Attachment::fileName, Attachment::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("access-request.pdf", Samples.LETTER_PDF.length),
            org.assertj.core.groups.Tuple.tuple("mandate.pdf", Samples.MANDATE_PDF.length));
  }

  @Test
  void toString_showsTheReferenceAndCountsOnly() {
    EmailSubmission submission =
        Samples.full("REQ-1").to("zoe@controller.example", Samples.NAME).build();

    assertThat(submission.toString())
        .isEqualTo("EmailSubmission[reference=REQ-1, to=2, cc=1, attachments=2]");
    assertThat(submission.from().toString()).isEqualTo("Mailbox[address with display name]");
    assertThat(submission.attachments().get(0).toString())
        .isEqualTo("Attachment[application/pdf, " + Samples.LETTER_PDF.length + " bytes]");
  }

  @Test
  void build_missingParts_refusedWithREQUIRED() {
    assertThatThrownBy(() -> EmailSubmission.builder().reference("R1").build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("from.address"));
    assertThatThrownBy(
            () ->
                EmailSubmission.builder()
                    .reference("R1")
                    .from("a@org.example", null)
                    .subject("s")
                    .body("b")
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("to", ViolationCode.REQUIRED)));
  }

  @Test
  void settingGivenTwice_isAConfigurationError() {
    assertThatThrownBy(() -> EmailSubmission.builder().subject("a").subject("b"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("EmailSubmission.subject is given twice");
  }

  @Test
  void sameAttachmentNameTwice_refused() {
    assertThatThrownBy(
            () ->
                EmailSubmission.builder()
                    .attach("a.pdf", "application/pdf", new byte[1])
                    .attach("A.pdf", "application/pdf", new byte[1]))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "attachments.1.fileName", ViolationCode.INVALID_VALUE)));
  }

  @Test
  void attachmentContent_isCopiedInAndOut() {
    byte[] content = {1, 2, 3};
    EmailSubmission submission =
        Samples.full("R2").attach("id-copy.png", "image/png", content).build();
    content[0] = 9;
    byte[] out = submission.attachments().get(2).content();
    out[1] = 9;

    assertThat(submission.attachments().get(2).content()).containsExactly(1, 2, 3);
  }
}
