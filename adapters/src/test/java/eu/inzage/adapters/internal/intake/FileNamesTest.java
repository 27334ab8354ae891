package eu.inzage.adapters.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attachment names: which are refused, what the others become. */
class FileNamesTest {

  @ParameterizedTest(name = "{0} -> unsafe {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "report.pdf | false",
        "reports/2026.pdf | false",
        "..hidden | false",
        "a..b.txt | false",
        "../x | true",
        "a/../../x | true",
        "..\\x | true",
        "a\\..\\x | true",
        "/etc/passwd | true",
        "\\\\server\\share\\x | true",
        "C:\\Windows\\win.ini | true",
        "c:x | true",
        "~/x | true",
        "a/ .. /x | true",
      })
  void unsafeNames(String name, boolean unsafe) {
    assertThat(FileNames.isUnsafe(name)).isEqualTo(unsafe);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "report.pdf | report.pdf",
        "Détails du compte.csv | Détails du compte.csv",
        "reports/2026.pdf | 2026.pdf",
        "a<b>c:d*e?f\"g.txt | a_b_c_d_e_f_g.txt",
        ".htaccess | htaccess",
        "-rf | rf",
        "name.  | name",
        "NUL | _NUL",
        "com1.txt | _com1.txt",
        "??? | attachment-3",
        "'' | attachment-3",
      })
  void sanitisedNames(String name, String expected) {
    assertThat(FileNames.sanitise(name, 3)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void controlAndFormatCharacters_replaced() {
    assertThat(FileNames.sanitise("a\r\nb\u202Ec\u0000.pdf", 1)).isEqualTo("a_b_c_.pdf");
  }

  @org.junit.jupiter.api.Test
  void longNames_shortenedKeepingTheExtension() {
    String name = FileNames.sanitise("x".repeat(500) + ".pdf", 1);

    assertThat(name).hasSize(FileNames.MAX_LENGTH).startsWith("xxx").endsWith("x.pdf");
  }

  @org.junit.jupiter.api.Test
  void missingName_numbered() {
    assertThat(FileNames.sanitise(null, 7)).isEqualTo("attachment-7");
  }
}
