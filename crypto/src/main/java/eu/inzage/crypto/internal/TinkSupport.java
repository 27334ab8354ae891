package eu.inzage.crypto.internal;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.SignatureConfig;
import java.security.GeneralSecurityException;

/** Registers the Tink primitives the vault uses, once, and names their parameters. */
public final class TinkSupport {
  /** The participant key: HPKE DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM, Tink prefix. */
  public static final HpkeParameters PARTICIPANT_KEY;

  /** The organisation's manifest-signing key: Ed25519, Tink prefix. */
  public static final Ed25519Parameters ORGANISATION_KEY =
      Ed25519Parameters.create(Ed25519Parameters.Variant.TINK);

  private static final Configuration CONFIGURATION;

  static {
    try {
      AeadConfig.register();
      HybridConfig.register();
      SignatureConfig.register();
      PARTICIPANT_KEY =
          HpkeParameters.builder()
              .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
              .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
              .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
              .setVariant(HpkeParameters.Variant.TINK)
              .build();
      CONFIGURATION = RegistryConfiguration.get();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private TinkSupport() {}

  /** Makes sure Tink knows the vault's key types before any keyset is parsed or generated. */
  public static void ensureRegistered() {
    // the static initialiser does the work
  }

  /** The Tink configuration with the vault's primitives registered. */
  public static Configuration configuration() {
    return CONFIGURATION;
  }

  /** The primitive of a keyset, under the vault's configuration. */
  public static <P> P primitive(KeysetHandle keyset, Class<P> type)
      throws GeneralSecurityException {
    return keyset.getPrimitive(CONFIGURATION, type);
  }
}
