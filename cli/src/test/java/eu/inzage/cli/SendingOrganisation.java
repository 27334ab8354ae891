package eu.inzage.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The organisation that sends the letters of the command tests: {@code inzage letter} refuses to
 * write a letter without {@code --organisation}, so every test that writes one names the sample
 * organisation of {@code docs/samples/} (the one the README's commands use).
 */
final class SendingOrganisation {
  /** The sample organisation, from the module's folder. */
  static final Path SAMPLE = Path.of("../docs/samples/organisation.json");

  private SendingOrganisation() {}

  /**
   * The arguments with {@code --organisation} and the sample added when they run {@code inzage
   * letter} without one; any other command's arguments as they are.
   */
  static String[] added(String... args) {
    List<String> list = Arrays.asList(args);
    if (list.isEmpty() || !list.get(0).equals("letter") || list.contains("--organisation")) {
      return args;
    }
    String[] with = Arrays.copyOf(args, args.length + 2);
    with[args.length] = "--organisation";
    with[args.length + 1] = SAMPLE.toString();
    return with;
  }
}
