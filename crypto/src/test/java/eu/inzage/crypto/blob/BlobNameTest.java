package eu.inzage.crypto.blob;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A blob's file name, as the stores write it and read it back. */
class BlobNameTest {
  @ParameterizedTest
  @CsvSource({
    "tiktok-2025.manifest, tiktok-2025, MANIFEST",
    "a.zip.keyslot, a.zip, KEY_SLOT",
    "o.data, o, DATA",
    "id-check.note, id-check, NOTE"
  })
  void parse_fileNameOfABlob_isThatBlob(String fileName, String objectId, BlobKind kind) {
    BlobName name = new BlobName("p-1", objectId, kind);
    assertThat(name.fileName()).isEqualTo(fileName);
    assertThat(BlobName.parse("p-1", fileName)).contains(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"readme.txt", ".o.data.0123.tmp", "o", ".data", "o.", "x y.data", "o.DATA"})
  void parse_foreignOrTemporaryName_isEmpty(String fileName) {
    assertThat(BlobName.parse("p-1", fileName)).isEmpty();
  }
}
