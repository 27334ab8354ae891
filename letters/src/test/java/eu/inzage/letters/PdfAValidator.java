package eu.inzage.letters;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process, one validator for the whole test run (PDF/A-2b). */
final class PdfAValidator {
  private static PDFAValidator validator;

  private PdfAValidator() {}

  private static synchronized PDFAValidator validator() {
    if (validator == null) {
      VeraGreenfieldFoundryProvider.initialise();
      validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
    }
    return validator;
  }

  /** The failed rules (clause, test number, description); empty when the file is compliant. */
  static synchronized List<String> failures(byte[] pdf) throws Exception {
    return failures(validator(), pdf);
  }

  /**
   * As {@link #failures(byte[])} with a validator of its own, so that threads can share the work.
   */
  static List<String> failuresInParallel(byte[] pdf) throws Exception {
    synchronized (PdfAValidator.class) {
      validator(); // initialises the foundry once
    }
    return failures(Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false), pdf);
  }

  private static List<String> failures(PDFAValidator v, byte[] pdf) throws Exception {
    try (PDFAParser parser =
        Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B)) {
      ValidationResult result = v.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(
              a ->
                  a.getRuleId().getClause()
                      + "-"
                      + a.getRuleId().getTestNumber()
                      + " "
                      + a.getMessage())
          .distinct()
          .collect(Collectors.toList());
    }
  }
}
