package eu.inzage.letters.internal.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a finished PDF as PAdES baseline B (ETSI EN 319 142-1): an invisible, printable signature
 * field, a signature dictionary with SubFilter {@code ETSI.CAdES.detached} whose {@code Contents}
 * is a detached CMS SignedData over the byte range (SHA-256, the ESS signing-certificate-v2
 * attribute, no signing-time attribute, the time being the dictionary's {@code M}), appended as an
 * incremental update so that the signed revision stays byte for byte what was sent.
 */
public final class PadesSigner {
  private static final int SIGNATURE_SIZE = 16 * 1024;

  private final PrivateKey key;
  private final List<X509Certificate> chain;

  /** A signer with this key and certificate chain (the signer's certificate first). */
  public PadesSigner(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = List.copyOf(chain);
  }

  /** The signed file: the original bytes followed by the incremental update. */
  public byte[] sign(byte[] pdf, Instant at, String name, String reason, String location)
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(name);
      signature.setReason(reason);
      if (location != null) {
        signature.setLocation(location);
      }
      Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      calendar.setTimeInMillis(at.toEpochMilli());
      signature.setSignDate(calendar);
      try (SignatureOptions options = new SignatureOptions()) {
        options.setPreferredSignatureSize(SIGNATURE_SIZE);
        doc.addSignature(signature, this::cms, options);
        printable(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE);
        doc.saveIncremental(out);
        return out.toByteArray();
      }
    }
  }

  /** PDF/A (ISO 19005-2, 6.3.2) wants every annotation printable, the signature widget too. */
  private static void printable(PDDocument doc) {
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return;
    }
    for (PDField field : form.getFields()) {
      if (field instanceof PDSignatureField sig) {
        for (PDAnnotationWidget widget : sig.getWidgets()) {
          if (!widget.isPrinted()) {
            widget.setPrinted(true);
            widget.getCOSObject().setNeedToBeUpdated(true);
          }
        }
      }
    }
    form.getCOSObject().setNeedToBeUpdated(true);
    doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
    form.getCOSObject().removeItem(COSName.NEED_APPEARANCES);
  }

  private byte[] cms(InputStream content) throws IOException {
    try {
      byte[] data = IOUtils.toByteArray(content);
      X509Certificate certificate = chain.get(0);
      byte[] certHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      Attribute signingCertificate =
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(new SigningCertificateV2(new ESSCertIDv2(certHash))));
      CMSAttributeTableGenerator attributes =
          parameters -> {
            AttributeTable table =
                new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate))
                    .getAttributes(parameters);
            return table.remove(CMSAttributes.signingTime);
          };
      ContentSigner signer = new JcaContentSignerBuilder(algorithm(key)).build(key);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(attributes)
              .build(signer, certificate));
      generator.addCertificates(new JcaCertStore(new ArrayList<>(chain)));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
      return signed.getEncoded("DER");
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("could not create the CMS signature", e);
    }
  }

  private static String algorithm(PrivateKey key) {
    return switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "Ed25519" -> "Ed25519";
      default -> throw new IllegalArgumentException("unsupported key algorithm");
    };
  }
}
