/**
 * Inzage crypto: the vault that seals what controllers send back under GDPR Art. 15(3) so that only
 * the participant can read it (Art. 32, security of processing), and the blob stores behind it.
 */
module eu.inzage.crypto {
  requires transitive eu.inzage.core;
  requires com.google.crypto.tink;
  // Tink (an automatic module) reads keysets with Gson, an explicit module nothing else requires
  requires com.google.gson;
  requires org.bouncycastle.provider;
  requires org.slf4j;

  exports eu.inzage.crypto;
  exports eu.inzage.crypto.blob;
}
