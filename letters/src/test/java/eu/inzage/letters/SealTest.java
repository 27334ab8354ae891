package eu.inzage.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.inzage.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The organisation's PAdES seal: PDF/A still holds, the CMS verifies, tampering shows. */
class SealTest {
  static final char[] PASSWORD = "test-only-password".toCharArray();
  static byte[] keystore;

  @BeforeAll
  static void createKeystore() throws Exception {
    keystore = pkcs12(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
  }

  /** A self-signed EC certificate for the organisation, made now, in a PKCS#12 keystore. */
  static byte[] pkcs12(Instant from, Instant until) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return pkcs12(generator.generateKeyPair(), "SHA256withECDSA", from, until);
  }

  /** A self-signed certificate for {@code pair} in a PKCS#12 keystore. */
  static byte[] pkcs12(KeyPair pair, String signatureAlgorithm, Instant from, Instant until)
      throws Exception {
    X500Name subject =
        new X500Name("CN=Stichting Inzage Collectief, O=Stichting Inzage Collectief, C=NL");
    X509CertificateHolder holder =
        new JcaX509v3CertificateBuilder(
                subject,
                BigInteger.valueOf(42),
                Date.from(from),
                Date.from(until),
                subject,
                pair.getPublic())
            .build(new JcaContentSignerBuilder(signatureAlgorithm).build(pair.getPrivate()));
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("seal", pair.getPrivate(), PASSWORD, new Certificate[] {certificate});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, PASSWORD);
    return out.toByteArray();
  }

  static OrganisationSeal seal(Clock clock) {
    return OrganisationSeal.fromPkcs12(new ByteArrayInputStream(keystore), PASSWORD, clock);
  }

  /** Recomputes the byte range and verifies the CMS against the certificate it carries. */
  static boolean verifies(byte[] signed) throws Exception {
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDSignature signature = doc.getLastSignatureDictionary();
      int[] range = signature.getByteRange();
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      content.write(signed, range[0], range[1]);
      content.write(signed, range[2], range[3]);
      assertThat((long) range[2] + range[3]).isEqualTo(signed.length);
      // the reserved /Contents is padded with zeros after the DER object
      ContentInfo info;
      try (ASN1InputStream in = new ASN1InputStream(signature.getContents(signed))) {
        info = ContentInfo.getInstance(in.readObject());
      }
      CMSSignedData cms =
          new CMSSignedData(new CMSProcessableByteArray(content.toByteArray()), info);
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
          .isNotNull();
      X509CertificateHolder certificate =
          (X509CertificateHolder)
              cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      try {
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      } catch (CMSSignerDigestMismatchException e) {
        return false; // the byte range's digest is not the one signed
      }
    }
  }

  @Test
  void seal_letter_isPdfACompliantPadesAndVerifies() throws Exception {
    byte[] letter =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, "en")).toPdf().bytes();

    LetterPdf sealed = seal(Fixtures.CLOCK).seal(new LetterPdf(letter, 1));
    byte[] signed = sealed.bytes();

    assertThat(Arrays.copyOf(signed, letter.length)).isEqualTo(letter);
    assertThat(PdfAValidator.failures(signed)).isEmpty();
    assertThat(verifies(signed)).isTrue();
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDSignature signature = doc.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getName()).isEqualTo("Stichting Inzage Collectief");
      assertThat(signature.getSignDate().toInstant()).isEqualTo(Fixtures.CLOCK.instant());
    }
  }

  @Test
  void seal_byteOfSignedRevisionChanged_noLongerVerifies() throws Exception {
    byte[] letter =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.REMINDER, "nl")).toPdf().bytes();
    byte[] signed = seal(Fixtures.CLOCK).seal(letter);
    int at = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Title");
    signed[at + 1] = 'X';

    assertThat(verifies(signed)).isFalse();
  }

  @Test
  void seal_collectiveVolume_isCompliantAndVerifies() throws Exception {
    List<Volume> volumes =
        CollectiveLetterTest.write(
            CollectiveInput.of(
                CollectiveKind.COVER, Fixtures.controller("tiktok"), Fixtures.organisation()),
            CollectiveLetterTest.source(3));

    byte[] signed = seal(Fixtures.CLOCK).seal(volumes.get(0).pdf().bytes());

    assertThat(PdfAValidator.failures(signed)).isEmpty();
    assertThat(verifies(signed)).isTrue();
  }

  @Test
  void fromPkcs12_wrongPassword_isInvalidInputNamingSeal() {
    assertThatThrownBy(
            () ->
                OrganisationSeal.fromPkcs12(
                    new ByteArrayInputStream(keystore), "wrong".toCharArray(), Fixtures.CLOCK))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("seal"));
  }

  @Test
  void seal_certificateExpired_isInvalidInputAndNothingSigned() throws Exception {
    Clock later = Clock.offset(Fixtures.CLOCK, Duration.ofDays(800));
    byte[] letter =
        Fixtures.LETTERS.compose(Fixtures.input(LetterKind.ACCESS, "en")).toPdf().bytes();

    assertThatThrownBy(() -> seal(later).seal(letter))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("seal.certificate"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "RSA, 512, , false",
    "RSA, 1024, , false",
    "RSA, 2048, , true",
    "EC, 0, secp256r1, true",
    "EC, 0, secp384r1, true"
  })
  void fromPkcs12_keyStrength_belowTodaysMinimumIsRefused(
      String algorithm, int bits, String curve, boolean accepted) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    if (curve == null) {
      generator.initialize(bits);
    } else {
      generator.initialize(new ECGenParameterSpec(curve));
    }
    byte[] store =
        pkcs12(
            generator.generateKeyPair(),
            algorithm.equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA",
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2028-01-01T00:00:00Z"));
    if (accepted) {
      assertThat(
              OrganisationSeal.fromPkcs12(
                  new ByteArrayInputStream(store), PASSWORD, Fixtures.CLOCK))
          .isNotNull();
    } else {
      assertThatThrownBy(
              () ->
                  OrganisationSeal.fromPkcs12(
                      new ByteArrayInputStream(store), PASSWORD, Fixtures.CLOCK))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.violations().get(0).field()).isEqualTo("seal");
                assertThat(e.getMessage()).contains("RSA key has " + bits + " bits");
              });
    }
  }

  @Test
  void toString_showsSignerNotKey() {
    assertThat(seal(Fixtures.CLOCK).toString())
        .isEqualTo("OrganisationSeal[signer=Stichting Inzage Collectief, <key redacted>]");
  }
}
