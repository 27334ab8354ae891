package eu.inzage.letters;

import java.io.IOException;

/**
 * Receives the volumes of a collective letter one by one, in order; the volume may be released
 * after {@link #accept(Volume)} returns.
 */
@FunctionalInterface
public interface VolumeSink {
  /** Takes one volume (e.g. writes it to a file). */
  void accept(Volume volume) throws IOException;
}
