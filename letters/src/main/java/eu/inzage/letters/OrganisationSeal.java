package eu.inzage.letters;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.StorageException;
import eu.inzage.core.ViolationCode;
import eu.inzage.letters.internal.seal.PadesSigner;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The organisation's electronic seal on the letters it sends: a PAdES signature (ETSI EN 319 142,
 * baseline B; an electronic seal in the sense of Art. 3(25) eIDAS when the certificate is the
 * organisation's) added to any finished letter or volume as an incremental update, so that the
 * signed file is still PDF/A-2b and its first revision is exactly the letter. Holds a private key:
 * {@link #toString()} shows only the certificate's subject. Thread-safe.
 */
public final class OrganisationSeal {
  private static final String REASON = "Sealed by the sending organisation";

  private final PadesSigner signer;
  private final X509Certificate certificate;
  private final Clock clock;
  private final String name;

  private OrganisationSeal(PrivateKey key, List<X509Certificate> chain, Clock clock) {
    this.signer = new PadesSigner(key, chain);
    this.certificate = chain.get(0);
    this.clock = clock;
    this.name = commonName(certificate);
  }

  /**
   * The seal of the first key entry of a PKCS#12 keystore (the key and its certificate chain).
   *
   * @throws InvalidInputException naming field {@code seal} when the keystore cannot be read with
   *     the password or holds no private key with a certificate
   */
  public static OrganisationSeal fromPkcs12(InputStream keystore, char[] password, Clock clock) {
    Objects.requireNonNull(keystore, "keystore");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(clock, "clock");
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(keystore, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidInputException(
          "seal", ViolationCode.INVALID_VALUE, "not a PKCS#12 keystore, or the wrong password");
    }
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (!store.isKeyEntry(alias)) {
          continue;
        }
        Certificate[] chain = store.getCertificateChain(alias);
        if (!(store.getKey(alias, password) instanceof PrivateKey key)
            || chain == null
            || chain.length == 0) {
          continue;
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate c : chain) {
          certificates.add((X509Certificate) c);
        }
        return of(key, certificates, clock);
      }
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(
          "seal", ViolationCode.INVALID_VALUE, "the private key cannot be read");
    }
    throw new InvalidInputException(
        "seal", ViolationCode.REQUIRED, "the keystore holds no private key with a certificate");
  }

  /** The smallest RSA modulus a seal accepts, in bits (today's minimum, e.g. ETSI TS 119 312). */
  public static final int MIN_RSA_BITS = 2048;

  /** The smallest elliptic-curve field a seal accepts, in bits (P-256). */
  public static final int MIN_EC_BITS = 256;

  /**
   * A seal with this key and certificate chain (the organisation's certificate first).
   *
   * @throws InvalidInputException naming {@code seal} when the chain is empty or the certificate's
   *     key is weaker than today's minimum: RSA below {@value #MIN_RSA_BITS} bits, an elliptic
   *     curve below P-256 ({@value #MIN_EC_BITS} bits), or another algorithm (GDPR Art. 32(1))
   */
  public static OrganisationSeal of(PrivateKey key, List<X509Certificate> chain, Clock clock) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(clock, "clock");
    if (chain == null || chain.isEmpty()) {
      throw new InvalidInputException("seal", ViolationCode.REQUIRED, "a certificate is needed");
    }
    requireStrongKey(chain.get(0).getPublicKey());
    return new OrganisationSeal(key, chain, clock);
  }

  private static void requireStrongKey(java.security.PublicKey publicKey) {
    if (publicKey instanceof java.security.interfaces.RSAKey rsa) {
      int bits = rsa.getModulus().bitLength();
      if (bits < MIN_RSA_BITS) {
        throw new InvalidInputException(
            "seal",
            ViolationCode.INVALID_VALUE,
            "the RSA key has "
                + bits
                + " bits; at least "
                + MIN_RSA_BITS
                + " are needed for a seal today");
      }
    } else if (publicKey instanceof java.security.interfaces.ECKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      if (bits < MIN_EC_BITS) {
        throw new InvalidInputException(
            "seal",
            ViolationCode.INVALID_VALUE,
            "the elliptic curve has "
                + bits
                + " bits; at least P-256 ("
                + MIN_EC_BITS
                + " bits) is needed for a seal today");
      }
    } else {
      throw new InvalidInputException(
          "seal", ViolationCode.INVALID_VALUE, "the key must be RSA or an elliptic curve (EC)");
    }
  }

  /**
   * The letter with the seal added, signed now by the clock.
   *
   * @throws InvalidInputException naming field {@code seal.certificate} when the certificate is not
   *     valid now
   */
  public LetterPdf seal(LetterPdf pdf) {
    return new LetterPdf(seal(pdf.bytes()), pdf.pages());
  }

  /** A finished PDF file with the seal added as an incremental update. */
  public byte[] seal(byte[] pdf) {
    Instant now = clock.instant();
    try {
      certificate.checkValidity(Date.from(now));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new InvalidInputException(
          "seal.certificate", ViolationCode.INVALID_VALUE, "the certificate is not valid now");
    }
    try {
      return signer.sign(pdf, now, name, REASON, null);
    } catch (IOException e) {
      throw new StorageException("cannot write the sealed PDF", e);
    }
  }

  /** The common name of the certificate's subject: the organisation as the seal names it. */
  public String signer() {
    return name;
  }

  /** The hex SHA-256 of the organisation's certificate, to publish for checking seals. */
  public String certificateSha256() {
    try {
      return HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String commonName(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] cn = subject.getRDNs(BCStyle.CN);
    return cn.length == 0
        ? subject.toString()
        : IETFUtils.valueToString(cn[0].getFirst().getValue());
  }

  @Override
  public String toString() {
    return "OrganisationSeal[signer=" + name + ", <key redacted>]";
  }
}
