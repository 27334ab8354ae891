package eu.inzage.crypto;

import eu.inzage.core.InvalidInputException;
import eu.inzage.core.ViolationCode;

/**
 * The cost of deriving a key from a participant's passphrase with Argon2id (RFC 9106). Safe to log.
 * Stored beside each protected key, so that a key protected today opens with the parameters it was
 * protected with (GDPR Art. 32(1)(a)). Accepted up to a documented ceiling, {@link #MAX_MEMORY_KIB}
 * and {@link #MAX_COST}, for writing and reading alike.
 *
 * @param memoryKiB memory in KiB (default 65536, i.e. 64 MiB)
 * @param iterations passes over the memory (default 3)
 * @param parallelism lanes (default 4)
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {
  /** The defaults: m = 64 MiB, t = 3, p = 4. */
  public static final Argon2Parameters DEFAULT = new Argon2Parameters(64 * 1024, 3, 4);

  /**
   * The most memory a parameter set may ask for (256 MiB): a key file read from elsewhere declares
   * its own parameters, and must not make us allocate gigabytes before "wrong passphrase".
   */
  public static final int MAX_MEMORY_KIB = 256 * 1024;

  /**
   * The most work a parameter set may ask for, as memory in KiB times iterations (256 MiB × 1, 64
   * MiB × 4, …): measured on a 2-core build machine, that ceiling costs about one second per guess
   * (the default, 64 MiB × 3, about 0.7 s), so that a key file cannot make a wrong passphrase cost
   * minutes (GDPR Art. 32(1)(b), availability).
   */
  public static final long MAX_COST = 256L * 1024;

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
          "argon2.memoryKiB", ViolationCode.INVALID_VALUE, "must be 8 x parallelism to 256 MiB");
    }
    if ((long) memoryKiB * iterations > MAX_COST) {
      throw new InvalidInputException(
          "argon2.iterations",
          ViolationCode.INVALID_VALUE,
          "memoryKiB x iterations must not exceed " + MAX_COST + " (about a second per guess)");
    }
  }
}
