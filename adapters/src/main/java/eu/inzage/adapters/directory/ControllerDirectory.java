package eu.inzage.adapters.directory;

import eu.inzage.adapters.internal.directory.DirectoryReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an open controller directory (the datarequests.org data format): the controllers to which
 * an access request under GDPR Art. 15 can be sent and the supervisory authorities of Art. 51.
 * Thread-safe; holds no state.
 */
public final class ControllerDirectory {
  private ControllerDirectory() {}

  /**
   * Imports every valid record of the directory and rejects each bad one alone (see {@code
   * docs/controllers.md#the-open-directory} for what is read and what is rejected).
   *
   * @param directory the folder holding {@code schema.json}, {@code
   *     schema-supervisory-authorities.json}, {@code companies/} and {@code
   *     supervisory-authorities/}
   * @throws java.nio.file.NotDirectoryException when {@code directory} is not a folder
   * @throws eu.inzage.core.InvalidInputException when a schema is missing or unreadable (field
   *     {@code schema.json} or {@code schema-supervisory-authorities.json})
   * @throws IOException when a folder cannot be listed
   */
  public static DirectoryImport read(Path directory) throws IOException {
    return new DirectoryReader(directory).read();
  }
}
