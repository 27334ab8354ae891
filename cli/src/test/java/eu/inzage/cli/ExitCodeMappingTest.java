package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.AlreadyExistsException;
import eu.inzage.core.ConfigurationException;
import eu.inzage.core.IntegrityException;
import eu.inzage.core.InvalidInputException;
import eu.inzage.core.NotFoundException;
import eu.inzage.core.StorageException;
import eu.inzage.core.ViolationCode;
import eu.inzage.core.WrongKeyException;
import eu.inzage.core.lifecycle.EventKind;
import eu.inzage.core.lifecycle.IllegalTransitionException;
import eu.inzage.core.lifecycle.RequestStatus;
import eu.inzage.crypto.VaultIntegrityException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one place where exceptions become exit codes ({@link Cli#exitCode}): bad input is 2, a
 * failure that is not the input's fault (tampering included) is 1, with a one-line error.
 */
class ExitCodeMappingTest {

  static Stream<Arguments> exceptions() {
    return Stream.of(
        Arguments.of(
            new InvalidInputException("name", ViolationCode.REQUIRED, "must be present"),
            2,
            "invalid input: name REQUIRED (must be present)"),
        Arguments.of(
            new IllegalTransitionException("r-1", RequestStatus.NEW, EventKind.ACKNOWLEDGED),
            2,
            "request r-1: event acknowledged is not allowed in status NEW"),
        Arguments.of(
            new NotFoundException("sealed object", "o-1"), 2, "sealed object o-1 not found"),
        Arguments.of(
            new AlreadyExistsException("sealed object", "o-1"),
            2,
            "sealed object o-1 already exists"),
        Arguments.of(
            new WrongKeyException("private key: wrong passphrase"),
            2,
            "private key: wrong passphrase"),
        Arguments.of(
            new eu.inzage.adapters.intake.MailboxLoginException(
                "the IMAP server refused the login"),
            2,
            "the IMAP server refused the login"),
        Arguments.of(
            new IntegrityException("reply: signature does not verify"),
            1,
            "reply: signature does not verify"),
        Arguments.of(
            new VaultIntegrityException("vault object o-1: stream failed authentication"),
            1,
            "vault object o-1: stream failed authentication"),
        Arguments.of(
            new StorageException("blob store failed to open", new IOException("Jan's disk")),
            1,
            "blob store failed to open"),
        Arguments.of(
            new ConfigurationException("this vault has no organisation key"),
            1,
            "this vault has no organisation key"),
        Arguments.of(
            new IllegalArgumentException("Jan Jansen"), 1, "failed (IllegalArgumentException)"),
        Arguments.of(new IOException("/home/jan/file"), 1, "failed (IOException)"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("exceptions")
  void fail_exception_exitCodeAndOneLine(Exception thrown, int exit, String message) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Cli cli =
        new Cli(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC());
    assertThat(Cli.exitCode(thrown)).isEqualTo(exit);
    assertThat(cli.fail("open", thrown)).isEqualTo(exit);
    String line = err.toString(StandardCharsets.UTF_8);
    assertThat(line).endsWith("\n").startsWith("inzage: open: ");
    assertThat(line.strip()).doesNotContain("\n").doesNotContain("Jan");
    assertThat(line.strip()).isEqualTo("inzage: open: " + message);
  }
}
