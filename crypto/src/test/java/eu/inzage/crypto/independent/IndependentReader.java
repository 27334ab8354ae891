package eu.inzage.crypto.independent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A reader of the vault written only from {@code crypto/FORMAT.md} (1.2), RFC 9180 (HPKE), RFC 8032
 * (Ed25519), RFC 5869 (HKDF) and Tink's public protobuf definitions: the JDK's X25519 ({@code
 * XDH}), Ed25519, HMAC-SHA256 and AES-GCM, and Bouncy Castle's Argon2id for protected key files. No
 * Tink class and no class of the vault is used, so that a test on it catches every drift between
 * the spec and the code. Every failed check is an {@link IllegalStateException} naming the check.
 */
public final class IndependentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SEGMENT = 1 << 20;
  private static final int HEADER = 40;
  private static final int TAG = 16;

  private IndependentReader() {}

  // ---------------------------------------------------------------- primitives

  static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] u16(int value) {
    return new byte[] {(byte) (value >>> 8), (byte) value};
  }

  static byte[] u32(long value) {
    return ByteBuffer.allocate(4).putInt((int) value).array();
  }

  static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.length == 0 ? new byte[32] : key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  /** RFC 5869 HKDF-Extract; an empty salt is 32 zero bytes. */
  static byte[] extract(byte[] salt, byte[] ikm) throws GeneralSecurityException {
    return hmac(salt, ikm);
  }

  /** RFC 5869 HKDF-Expand. */
  static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
    ByteArrayOutputStream okm = new ByteArrayOutputStream();
    byte[] t = new byte[0];
    for (int i = 1; okm.size() < length; i++) {
      t = hmac(prk, cat(t, info, new byte[] {(byte) i}));
      okm.writeBytes(t);
    }
    return Arrays.copyOf(okm.toByteArray(), length);
  }

  static byte[] aesGcmOpen(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(aad);
    return cipher.doFinal(ciphertext);
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(what);
    }
  }

  // ---------------------------------------------------------------- protobuf (Tink's key protos)

  /** The fields of one protobuf message: field number to its values (varints as Long). */
  static Map<Integer, List<Object>> proto(byte[] bytes) {
    Map<Integer, List<Object>> fields = new LinkedHashMap<>();
    int[] pos = {0};
    while (pos[0] < bytes.length) {
      long tag = varint(bytes, pos);
      int number = (int) (tag >>> 3);
      int type = (int) (tag & 7);
      Object value;
      if (type == 0) {
        value = varint(bytes, pos);
      } else if (type == 2) {
        int length = (int) varint(bytes, pos);
        check(pos[0] + length <= bytes.length, "protobuf: truncated field");
        value = Arrays.copyOfRange(bytes, pos[0], pos[0] + length);
        pos[0] += length;
      } else {
        throw new IllegalStateException("protobuf: unexpected wire type " + type);
      }
      fields.computeIfAbsent(number, n -> new ArrayList<>()).add(value);
    }
    return fields;
  }

  private static long varint(byte[] bytes, int[] pos) {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      check(pos[0] < bytes.length && shift < 64, "protobuf: bad varint");
      int b = bytes[pos[0]++] & 0xFF;
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
  }

  static long number(Map<Integer, List<Object>> message, int field) {
    List<Object> values = message.get(field);
    return values == null ? 0 : (Long) values.get(values.size() - 1);
  }

  static byte[] bytes(Map<Integer, List<Object>> message, int field) {
    List<Object> values = message.get(field);
    return values == null ? new byte[0] : (byte[]) values.get(values.size() - 1);
  }

  // ---------------------------------------------------------------- keysets

  /** One key of a Tink keyset (FORMAT.md 2.1). */
  record Key(long keyId, String typeUrl, byte[] value, int status, int outputPrefix) {
    boolean enabled() {
      return status == 1;
    }
  }

  record Keyset(long primaryKeyId, List<Key> keys) {
    Key primary() {
      return keys.stream()
          .filter(k -> k.keyId() == primaryKeyId)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("keyset: no primary key"));
    }
  }

  private static final Map<String, Integer> STATUS =
      Map.of("ENABLED", 1, "DISABLED", 2, "DESTROYED", 3);
  private static final Map<String, Integer> PREFIX =
      Map.of("TINK", 1, "LEGACY", 2, "RAW", 3, "CRUNCHY", 4);

  /** A keyset in Tink's JSON keyset format. */
  static Keyset keysetFromJson(JsonNode json) {
    List<Key> keys = new ArrayList<>();
    for (JsonNode key : json.path("key")) {
      keys.add(
          new Key(
              key.path("keyId").asLong(),
              key.path("keyData").path("typeUrl").asText(),
              Base64.getDecoder().decode(key.path("keyData").path("value").asText()),
              STATUS.getOrDefault(key.path("status").asText(), 0),
              PREFIX.getOrDefault(key.path("outputPrefixType").asText(), 0)));
    }
    return new Keyset(json.path("primaryKeyId").asLong(), keys);
  }

  /** A keyset in Tink's binary keyset format (the protobuf {@code Keyset}). */
  static Keyset keysetFromProto(byte[] bytes) {
    Map<Integer, List<Object>> keyset = proto(bytes);
    List<Key> keys = new ArrayList<>();
    for (Object k : keyset.getOrDefault(2, List.of())) {
      Map<Integer, List<Object>> key = proto((byte[]) k);
      Map<Integer, List<Object>> data = proto(bytes(key, 1));
      keys.add(
          new Key(
              number(key, 3),
              new String(bytes(data, 1), StandardCharsets.UTF_8),
              bytes(data, 2),
              (int) number(key, 2),
              (int) number(key, 4)));
    }
    return new Keyset(number(keyset, 1), keys);
  }

  static final String TYPE = "type.googleapis.com/google.crypto.tink.";

  /** The raw X25519 public key of an HpkePublicKey proto, after checking its parameters. */
  static byte[] hpkePublic(byte[] proto) {
    Map<Integer, List<Object>> key = proto(proto);
    Map<Integer, List<Object>> params = proto(bytes(key, 2));
    check(
        number(params, 1) == 1 && number(params, 2) == 1 && number(params, 3) == 2,
        "HPKE key: not DHKEM_X25519_HKDF_SHA256 / HKDF_SHA256 / AES_256_GCM");
    byte[] raw = bytes(key, 3);
    check(raw.length == 32, "HPKE key: public key is not 32 bytes");
    return raw;
  }

  /** A participant key: id, raw X25519 public and private key, enabled. */
  record HpkeKey(long keyId, byte[] publicKey, byte[] privateKey, boolean enabled) {}

  static List<HpkeKey> hpkePrivateKeys(Keyset keyset) {
    List<HpkeKey> keys = new ArrayList<>();
    for (Key key : keyset.keys()) {
      check(key.typeUrl().equals(TYPE + "HpkePrivateKey"), "participant key: wrong type URL");
      check(key.outputPrefix() == 1, "participant key: not the TINK output prefix");
      Map<Integer, List<Object>> proto = proto(key.value());
      keys.add(
          new HpkeKey(key.keyId(), hpkePublic(bytes(proto, 2)), bytes(proto, 3), key.enabled()));
    }
    return keys;
  }

  static byte[] ed25519Public(Key key) {
    check(key.typeUrl().equals(TYPE + "Ed25519PublicKey"), "organisation key: wrong type URL");
    check(key.outputPrefix() == 1, "organisation key: not the TINK output prefix");
    byte[] raw = bytes(proto(key.value()), 2);
    check(raw.length == 32, "organisation key: not 32 bytes");
    return raw;
  }

  static String fingerprint(byte[] rawPublicKey) throws GeneralSecurityException {
    return "sha256:" + HexFormat.of().formatHex(sha256(rawPublicKey));
  }

  // ---------------------------------------------------------------- key files

  static JsonNode keyFile(Path file, String format) throws IOException {
    JsonNode node = JSON.readTree(Files.readString(file));
    check(format.equals(node.path("format").asText()), "key file: format");
    check(node.path("version").asInt() == 1, "key file: version");
    return node;
  }

  /** The participant's keys from an unprotected or protected private key file (3, 3.1). */
  public static List<HpkeKey> participantKeys(Path file, String secret)
      throws IOException, GeneralSecurityException {
    JsonNode node = keyFile(file, "inzage-participant-private-key");
    Keyset keyset;
    String fingerprint = node.path("fingerprint").asText();
    if ("none".equals(node.path("protection").asText())) {
      keyset = keysetFromJson(node.path("keyset"));
    } else {
      check("argon2id".equals(node.path("protection").asText()), "key file: protection");
      byte[] kek = unwrapKek(node, secret, fingerprint);
      keyset =
          keysetFromProto(
              aesGcmOpen(
                  kek,
                  b64(node.path("keyset"), "nonce"),
                  ascii("inzage-private-key/1/keyset/" + fingerprint),
                  b64(node.path("keyset"), "ciphertext")));
    }
    List<HpkeKey> keys = hpkePrivateKeys(keyset);
    HpkeKey primary =
        keys.stream().filter(k -> k.keyId() == keyset.primaryKeyId()).findFirst().orElseThrow();
    check(node.path("keyId").asLong() == primary.keyId(), "key file: keyId is not the primary's");
    check(fingerprint.equals(fingerprint(primary.publicKey())), "key file: fingerprint");
    return keys;
  }

  private static byte[] unwrapKek(JsonNode node, String secret, String fingerprint)
      throws GeneralSecurityException {
    String compact = secret.strip().replace("-", "").toUpperCase(Locale.ROOT);
    if (compact.matches("[A-Z2-7]{52}")) {
      try {
        return aesGcmOpen(
            base32(compact),
            b64(node.path("recovery"), "nonce"),
            ascii("inzage-private-key/1/recovery/" + fingerprint),
            b64(node.path("recovery"), "ciphertext"));
      } catch (GeneralSecurityException notTheRecoveryKey) {
        // then it is the passphrase
      }
    }
    JsonNode p = node.path("passphrase");
    check(
        "argon2id".equals(p.path("kdf").asText()) && p.path("argon2Version").asInt() == 19, "kdf");
    byte[] derived =
        argon2id(
            secret.getBytes(StandardCharsets.UTF_8),
            b64(p, "salt"),
            p.path("memoryKiB").asInt(),
            p.path("iterations").asInt(),
            p.path("parallelism").asInt());
    return aesGcmOpen(
        derived,
        b64(p, "nonce"),
        ascii("inzage-private-key/1/passphrase/" + fingerprint),
        b64(p, "ciphertext"));
  }

  static byte[] argon2id(byte[] password, byte[] salt, int memoryKiB, int iterations, int lanes) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKiB)
            .withIterations(iterations)
            .withParallelism(lanes)
            .build());
    byte[] out = new byte[32];
    generator.generateBytes(password, out);
    return out;
  }

  static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >>> (bits - 8)) & 0xFF);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  private static byte[] b64(JsonNode node, String field) {
    return Base64.getDecoder().decode(node.path(field).asText());
  }

  /** An organisation public key file: key id to raw Ed25519 public key, enabled keys only. */
  public static Map<Long, byte[]> organisationKeys(Path file)
      throws IOException, GeneralSecurityException {
    JsonNode node = keyFile(file, "inzage-organisation-public-key");
    Keyset keyset = keysetFromJson(node.path("keyset"));
    check(
        node.path("fingerprint").asText().equals(fingerprint(ed25519Public(keyset.primary()))),
        "organisation key file: fingerprint");
    Map<Long, byte[]> keys = new LinkedHashMap<>();
    for (Key key : keyset.keys()) {
      if (key.enabled()) {
        keys.put(key.keyId(), ed25519Public(key));
      }
    }
    return keys;
  }

  /** The AES-256-GCM key-encryption keys (11.3): key id to key, from either KEK file form. */
  public static Map<Long, byte[]> keyEncryptionKeys(Path file) throws IOException {
    JsonNode node = JSON.readTree(Files.readString(file));
    JsonNode keysetJson = node;
    if (node.has("format")) {
      check("inzage-key-encryption-keys".equals(node.path("format").asText()), "KEK: format");
      check(node.path("version").asInt() == 1, "KEK: version");
      check("none".equals(node.path("protection").asText()), "KEK: protection");
      keysetJson = node.path("keyset");
      check(node.path("keyId").asLong() == keysetJson.path("primaryKeyId").asLong(), "KEK: keyId");
    }
    Map<Long, byte[]> keys = new LinkedHashMap<>();
    for (Key key : keysetFromJson(keysetJson).keys()) {
      check(key.typeUrl().equals(TYPE + "AesGcmKey"), "KEK: wrong type URL");
      check(key.outputPrefix() == 1, "KEK: not the TINK output prefix");
      byte[] raw = bytes(proto(key.value()), 3);
      check(raw.length == 32, "KEK: not AES-256");
      if (key.enabled()) {
        keys.put(key.keyId(), raw);
      }
    }
    return keys;
  }

  /** Opens a KEK ciphertext: 0x01 || u32 keyId || nonce (12) || AES-256-GCM ciphertext. */
  static byte[] kekOpen(Map<Long, byte[]> keks, byte[] wrapped, byte[] ad)
      throws GeneralSecurityException {
    check(wrapped.length >= 5 + 12 + TAG && wrapped[0] == 1, "KEK ciphertext: prefix");
    long keyId = Integer.toUnsignedLong(ByteBuffer.wrap(wrapped, 1, 4).getInt());
    byte[] key = keks.get(keyId);
    check(key != null, "KEK ciphertext: no such KEK");
    return aesGcmOpen(
        key,
        Arrays.copyOfRange(wrapped, 5, 17),
        ad,
        Arrays.copyOfRange(wrapped, 17, wrapped.length));
  }

  // ---------------------------------------------------------------- HPKE (RFC 9180), base mode

  private static final byte[] KEM_SUITE = cat(ascii("KEM"), u16(0x0020));
  private static final byte[] HPKE_SUITE =
      cat(ascii("HPKE"), u16(0x0020), u16(0x0001), u16(0x0002));

  static byte[] labeledExtract(byte[] suite, byte[] salt, String label, byte[] ikm)
      throws GeneralSecurityException {
    return extract(salt, cat(ascii("HPKE-v1"), suite, ascii(label), ikm));
  }

  static byte[] labeledExpand(byte[] suite, byte[] prk, String label, byte[] info, int length)
      throws GeneralSecurityException {
    return expand(prk, cat(u16(length), ascii("HPKE-v1"), suite, ascii(label), info), length);
  }

  static byte[] x25519(byte[] scalar, byte[] u) throws GeneralSecurityException {
    KeyFactory factory = KeyFactory.getInstance("XDH");
    PrivateKey priv =
        factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
    byte[] le = u.clone();
    le[31] &= 0x7F; // RFC 7748: the top bit is masked
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = le[31 - i];
    }
    PublicKey pub =
        factory.generatePublic(
            new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, be)));
    KeyAgreement agreement = KeyAgreement.getInstance("XDH");
    agreement.init(priv);
    agreement.doPhase(pub, true);
    return agreement.generateSecret();
  }

  /** RFC 9180 OpenBase for DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, aad empty. */
  static byte[] hpkeOpen(HpkeKey recipient, byte[] enc, byte[] info, byte[] ciphertext)
      throws GeneralSecurityException {
    byte[] dh = x25519(recipient.privateKey(), enc);
    byte[] eaePrk = labeledExtract(KEM_SUITE, new byte[0], "eae_prk", dh);
    byte[] shared =
        labeledExpand(KEM_SUITE, eaePrk, "shared_secret", cat(enc, recipient.publicKey()), 32);
    byte[] pskIdHash = labeledExtract(HPKE_SUITE, new byte[0], "psk_id_hash", new byte[0]);
    byte[] infoHash = labeledExtract(HPKE_SUITE, new byte[0], "info_hash", info);
    byte[] context = cat(new byte[] {0}, pskIdHash, infoHash);
    byte[] secret = labeledExtract(HPKE_SUITE, shared, "secret", new byte[0]);
    byte[] key = labeledExpand(HPKE_SUITE, secret, "key", context, 32);
    byte[] nonce = labeledExpand(HPKE_SUITE, secret, "base_nonce", context, 12);
    return aesGcmOpen(key, nonce, new byte[0], ciphertext);
  }

  // ---------------------------------------------------------------- binary structures

  /** A cursor over a binary structure; every read checks the bounds. */
  static final class Cursor {
    private final ByteBuffer buffer;

    Cursor(byte[] bytes) {
      this.buffer = ByteBuffer.wrap(bytes);
    }

    byte[] take(int n) {
      check(n >= 0 && buffer.remaining() >= n, "truncated");
      byte[] out = new byte[n];
      buffer.get(out);
      return out;
    }

    int u8() {
      return take(1)[0] & 0xFF;
    }

    int u16() {
      return ByteBuffer.wrap(take(2)).getShort() & 0xFFFF;
    }

    long u32() {
      return Integer.toUnsignedLong(ByteBuffer.wrap(take(4)).getInt());
    }

    long u64() {
      return ByteBuffer.wrap(take(8)).getLong();
    }

    int remaining() {
      return buffer.remaining();
    }

    void end() {
      check(buffer.remaining() == 0, "trailing bytes");
    }
  }

  static byte[] ad(String label, String subject, String objectId) {
    return cat(
        ascii(label),
        new byte[] {0},
        u16(1),
        new byte[] {(byte) subject.length()},
        ascii(subject),
        new byte[] {(byte) objectId.length()},
        ascii(objectId));
  }

  /** The verified manifest fields (section 7). */
  public record Manifest(
      String subject,
      String objectId,
      long plaintextSize,
      long ciphertextSize,
      byte[] streamHeader,
      byte[] keyCommitment,
      long recipientKeyId,
      byte[] recipientFingerprint,
      String contentType,
      String controller,
      long createdAtMillis) {}

  static Manifest manifest(
      byte[] bytes, Map<Long, byte[]> organisationKeys, String subject, String id)
      throws GeneralSecurityException {
    Cursor c = new Cursor(bytes);
    check(Arrays.equals(c.take(8), ascii("INZVMF01")), "manifest: magic");
    long bodyLength = c.u32();
    check(bodyLength <= 65_536, "manifest: body too long");
    byte[] body = c.take((int) bodyLength);
    byte[] signatureInput = Arrays.copyOf(bytes, 12 + body.length);
    byte[] signature = c.take(c.u16());
    c.end();
    check(signature.length == 69 && signature[0] == 1, "manifest: signature prefix");
    byte[] key =
        organisationKeys.get(Integer.toUnsignedLong(ByteBuffer.wrap(signature, 1, 4).getInt()));
    check(key != null, "manifest: signed by no enabled key of the organisation keyset");
    check(
        ed25519Verify(key, signatureInput, Arrays.copyOfRange(signature, 5, 69)),
        "manifest: signature");
    Cursor b = new Cursor(body);
    byte[][] fields = new byte[14][];
    for (int t = 1; t <= 13; t++) {
      check(b.u8() == t, "manifest: field order");
      fields[t] = b.take((int) b.u32());
    }
    b.end();
    int[] lengths = {0, 2, -1, -1, 8, 8, 4, 40, 32, 4, 32, -1, -1, 8};
    for (int t = 1; t <= 13; t++) {
      check(lengths[t] < 0 || fields[t].length == lengths[t], "manifest: field length " + t);
    }
    check(new Cursor(fields[1]).u16() == 1, "manifest: formatVersion");
    check(new Cursor(fields[6]).u32() == SEGMENT, "manifest: segmentSize");
    String s = new String(fields[2], StandardCharsets.US_ASCII);
    String o = new String(fields[3], StandardCharsets.US_ASCII);
    check(s.equals(subject) && o.equals(id), "manifest: belongs to another object");
    return new Manifest(
        s,
        o,
        new Cursor(fields[4]).u64(),
        new Cursor(fields[5]).u64(),
        fields[7],
        fields[8],
        new Cursor(fields[9]).u32(),
        fields[10],
        new String(fields[11], StandardCharsets.UTF_8),
        new String(fields[12], StandardCharsets.UTF_8),
        new Cursor(fields[13]).u64());
  }

  static boolean ed25519Verify(byte[] publicKey, byte[] message, byte[] signature)
      throws GeneralSecurityException {
    byte[] le = publicKey.clone();
    boolean xOdd = (le[31] & 0x80) != 0;
    le[31] &= 0x7F;
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = le[31 - i];
    }
    PublicKey key =
        KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new EdECPublicKeySpec(
                    NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(message);
    return verifier.verify(signature);
  }

  /** The data key from a version-1 key slot (section 6), with every check of the spec. */
  static byte[] dataKey(byte[] slot, List<HpkeKey> keys, byte[] ad)
      throws GeneralSecurityException {
    Cursor c = new Cursor(slot);
    check(Arrays.equals(c.take(8), ascii("INZVKS01")), "key slot: magic");
    int count = c.u8();
    check(count >= 1, "key slot: no entries");
    List<Long> ids = new ArrayList<>();
    List<String> fingerprints = new ArrayList<>();
    byte[] found = null;
    for (int i = 0; i < count; i++) {
      long keyId = c.u32();
      byte[] fingerprint = c.take(32);
      byte[] wrapped = c.take(c.u16());
      String hex = HexFormat.of().formatHex(fingerprint);
      check(!ids.contains(keyId) && !fingerprints.contains(hex), "key slot: a key listed twice");
      ids.add(keyId);
      fingerprints.add(hex);
      check(wrapped.length == 85 && wrapped[0] == 1, "key slot: wrapped length or prefix");
      check(
          Integer.toUnsignedLong(ByteBuffer.wrap(wrapped, 1, 4).getInt()) == keyId,
          "key slot: wrapped key id differs from the entry's");
      for (HpkeKey key : keys) {
        if (key.enabled()
            && key.keyId() == keyId
            && Arrays.equals(sha256(key.publicKey()), fingerprint)
            && found == null) {
          found =
              hpkeOpen(
                  key, Arrays.copyOfRange(wrapped, 5, 37), ad, Arrays.copyOfRange(wrapped, 37, 85));
        }
      }
    }
    c.end();
    check(found != null, "key slot: no entry for an enabled key of this keyset");
    return found;
  }

  /** Removes the shred layer (section 10) with the subject's shred key. */
  static byte[] removeShredLayer(byte[] layered, byte[] shredKey, byte[] ad)
      throws GeneralSecurityException {
    Cursor c = new Cursor(layered);
    check(Arrays.equals(c.take(8), ascii("INZVKS02")), "layered key slot: magic");
    byte[] nonce = c.take(12);
    return aesGcmOpen(
        shredKey, nonce, cat(ascii("INZAGE-VAULT shred layer"), ad), c.take(c.remaining()));
  }

  /** The shred key of a subject from its record (section 10). */
  static byte[] shredKey(byte[] record, Map<Long, byte[]> keks, String subject)
      throws GeneralSecurityException {
    check(Arrays.equals(Arrays.copyOf(record, 8), ascii("INZVSK01")), "shred key: magic");
    byte[] ad =
        cat(
            ascii("INZAGE-VAULT shred key"),
            new byte[] {0, (byte) subject.length()},
            ascii(subject));
    return kekOpen(keks, Arrays.copyOfRange(record, 8, record.length), ad);
  }

  /** Decrypts a data blob (section 5) after checking it against the manifest's size and header. */
  static byte[] decryptBlob(
      byte[] blob,
      byte[] dataKey,
      byte[] ad,
      long ciphertextSize,
      byte[] header,
      long plaintextSize)
      throws GeneralSecurityException {
    check(blob.length == ciphertextSize, "data blob: size differs from the manifest");
    check(blob.length >= HEADER && blob[0] == HEADER, "data blob: header length");
    check(Arrays.equals(Arrays.copyOf(blob, HEADER), header), "data blob: header differs");
    byte[] key = expand(extract(Arrays.copyOfRange(blob, 1, 33), dataKey), ad, 32);
    byte[] prefix = Arrays.copyOfRange(blob, 33, 40);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    int position = HEADER;
    for (int i = 0; ; i++) {
      int capacity = i == 0 ? SEGMENT - HEADER : SEGMENT;
      int length = Math.min(capacity, blob.length - position);
      boolean last = position + length == blob.length;
      check(length >= TAG, "data blob: segment shorter than a tag");
      check(!(last && length == TAG && i > 0), "data blob: empty last segment after a full one");
      byte[] nonce = cat(prefix, u32(i), new byte[] {(byte) (last ? 1 : 0)});
      plain.writeBytes(
          aesGcmOpen(
              key, nonce, new byte[0], Arrays.copyOfRange(blob, position, position + length)));
      position += length;
      if (last) {
        break;
      }
    }
    check(plain.size() == plaintextSize, "data blob: plaintext length differs from the manifest");
    return plain.toByteArray();
  }

  /** The filesystem layout of section 8. */
  public static Path blob(Path root, String subject, String name) throws GeneralSecurityException {
    String shard = HexFormat.of().formatHex(sha256(ascii(subject))).substring(0, 2);
    return root.resolve(shard).resolve(subject).resolve(name);
  }

  /**
   * Opens one object of a vault store (section 9): the key slot from the store, with its shred
   * layer removed by {@code shredKey} (may be null) or replaced by a released copy (may be null).
   */
  public static byte[] open(
      Path store,
      String subject,
      String objectId,
      Map<Long, byte[]> organisationKeys,
      List<HpkeKey> participantKeys,
      byte[] shredKey,
      Path released)
      throws IOException, GeneralSecurityException {
    Manifest m =
        manifest(
            Files.readAllBytes(blob(store, subject, objectId + ".manifest")),
            organisationKeys,
            subject,
            objectId);
    byte[] ad = ad("INZAGE-VAULT", subject, objectId);
    byte[] slot = Files.readAllBytes(blob(store, subject, objectId + ".keyslot"));
    if (Arrays.equals(Arrays.copyOf(slot, 8), ascii("INZVKS02"))) {
      if (shredKey != null) {
        slot = removeShredLayer(slot, shredKey, ad);
      } else {
        check(released != null, "key slot has the shred layer and nothing removes it");
        slot = Files.readAllBytes(blob(released, subject, objectId + ".keyslot"));
      }
    }
    byte[] k = dataKey(slot, participantKeys, ad);
    check(
        MessageDigest.isEqual(
            hmac(k, cat(ascii("INZAGE-VAULT key commitment"), ad)), m.keyCommitment()),
        "key commitment");
    return decryptBlob(
        Files.readAllBytes(blob(store, subject, objectId + ".data")),
        k,
        ad,
        m.ciphertextSize(),
        m.streamHeader(),
        m.plaintextSize());
  }

  /** The verified manifest of one object. */
  public static Manifest manifest(
      Path store, String subject, String objectId, Map<Long, byte[]> organisationKeys)
      throws IOException, GeneralSecurityException {
    return manifest(
        Files.readAllBytes(blob(store, subject, objectId + ".manifest")),
        organisationKeys,
        subject,
        objectId);
  }

  /** The shred key of a subject from a shred-key store. */
  public static byte[] shredKey(Path shredKeys, String subject, Map<Long, byte[]> keks)
      throws IOException, GeneralSecurityException {
    return shredKey(
        Files.readAllBytes(blob(shredKeys, subject, "shred-key.keyslot")), keks, subject);
  }

  /** An organisation-envelope document (section 11): record, key slot under the KEK, data blob. */
  public static byte[] openEnvelope(
      Path store, String subject, String documentId, Map<Long, byte[]> keks)
      throws IOException, GeneralSecurityException {
    byte[] record = Files.readAllBytes(blob(store, subject, documentId + ".manifest"));
    Cursor r = new Cursor(record);
    check(Arrays.equals(r.take(8), ascii("INZVER01")), "record: magic");
    check(r.u8() <= 2, "record: unknown document kind");
    r.take(r.u16());
    long plaintextSize = r.u64();
    long ciphertextSize = r.u64();
    byte[] header = r.take(40);
    r.u64();
    r.u64();
    byte[] commitment = r.take(32);
    r.end();
    byte[] ead = ad("INZAGE-ENVELOPE", subject, documentId);
    byte[] slot = Files.readAllBytes(blob(store, subject, documentId + ".keyslot"));
    check(Arrays.equals(Arrays.copyOf(slot, 8), ascii("INZVEK01")), "envelope key slot: magic");
    byte[] k = kekOpen(keks, Arrays.copyOfRange(slot, 8, slot.length), cat(ead, sha256(record)));
    check(
        MessageDigest.isEqual(hmac(k, cat(ascii("INZAGE-VAULT key commitment"), ead)), commitment),
        "envelope key commitment");
    return decryptBlob(
        Files.readAllBytes(blob(store, subject, documentId + ".data")),
        k,
        ead,
        ciphertextSize,
        header,
        plaintextSize);
  }
}
