package eu.inzage.crypto;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;

/**
 * The cost of deriving a key from a participant's passphrase with Argon2id (RFC 9106). Safe to log.
 * Stored beside each protected key, so that a key protected today opens with the parameters it was
 * protected with (GDPR Art. 32(1)(a)).
 *
 * @param memoryKiB memory in KiB (default 65536, i.e. 64 MiB)
 * @param iterations passes over the memory (default 3)
 * @param parallelism lanes (default 4)
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {
  /** The defaults: m = 64 MiB, t = 3, p = 4. */
  public static final Argon2Parameters DEFAULT = new Argon2Parameters(64 * 1024, 3, 4);

  /**
   * The most memory a stored parameter set may ask for (4 GiB), so a key file cannot exhaust us.
   */
  public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

  /**
   * Checks the ranges.
   *
   * @throws InvalidInputException naming {@code argon2.parallelism}, {@code argon2.iterations} or
   *     {@code argon2.memoryKiB}
   */
  public Argon2Parameters {
    if (parallelism < 1 || parallelism > 64) {
      throw new InvalidInputException(
          "argon2.parallelism", ViolationCode.INVALID_VALUE, "must be 1 to 64");
    }
    if (iterations < 1 || iterations > 64) {
      throw new InvalidInputException(
          "argon2.iterations", ViolationCode.INVALID_VALUE, "must be 1 to 64");
    }
    if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
      throw new InvalidInputException(
          "argon2.memoryKiB", ViolationCode.INVALID_VALUE, "must be 8 x parallelism to 4 GiB");
    }
  }
}
