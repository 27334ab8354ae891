package eu.inzage.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.crypto.blob.BlobKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every enum the vault writes to disk has a stable code, fixed here once and for all
 * (crypto/FORMAT.md): reordering or inserting constants must not change what stored bytes mean.
 */
class PersistedCodesTest {

  @ParameterizedTest
  @CsvSource({"SIGNED_MANDATE, 0", "ID_COPY, 1", "OTHER, 2"})
  void documentKind_code_isFixed(DocumentKind kind, int code) {
    assertThat(kind.code()).isEqualTo(code);
    assertThat(DocumentKind.fromCode(code)).contains(kind);
  }

  @Test
  void documentKind_codes_areUniqueAndCoverEveryKind() {
    Map<DocumentKind, Integer> codes = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      codes.put(kind, kind.code());
    }
    assertThat(codes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(DocumentKind.SIGNED_MANDATE, 0, DocumentKind.ID_COPY, 1, DocumentKind.OTHER, 2));
    assertThat(Arrays.stream(DocumentKind.values()).map(DocumentKind::code).distinct())
        .hasSize(DocumentKind.values().length);
  }

  @ParameterizedTest
  @CsvSource({"-1", "3", "255"})
  void documentKind_unknownCode_isEmpty(int code) {
    assertThat(DocumentKind.fromCode(code)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"DATA, data", "KEY_SLOT, keyslot", "MANIFEST, manifest", "NOTE, note"})
  void blobKind_suffix_isFixed(BlobKind kind, String suffix) {
    assertThat(kind.suffix()).isEqualTo(suffix);
  }

  @Test
  void blobKind_suffixes_areUniqueAndCoverEveryKind() {
    assertThat(Arrays.stream(BlobKind.values()).map(BlobKind::suffix))
        .containsExactlyInAnyOrder("data", "keyslot", "manifest", "note");
  }
}
