package eu.inzage.letters.internal.pdf;

import eu.inzage.core.ConfigurationException;
import eu.inzage.core.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font parsed once: its Unicode map and advance widths as plain arrays (immutable,
 * thread-safe), and a cache of subset programs keyed by glyph set. Every subset holds a base
 * repertoire (Latin, Latin-1, Latin Extended-A and common punctuation) plus whatever else a letter
 * uses, so that letters with ordinary European names share one cached program; each PDF still
 * embeds every glyph it uses.
 */
public final class FontProgram {
  /** The tables a CIDFontType2 program needs in a PDF (no cmap: CIDs are glyph ids). */
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

  private static final int MAX_CACHED_SUBSETS = 64;
  private static final Map<String, FontProgram> SHARED = new ConcurrentHashMap<>();

  private final String postScriptName;
  private final TrueTypeFont ttf;
  private final int[] cmap = new int[0x10000];
  private final int[] widths; // per glyph id, in 1/1000 em
  private final int[] glyphToCodePoint;
  private final BitSet base = new BitSet();
  private final int replacement;
  private final float[] bbox;
  private final float ascent;
  private final float descent;
  private final float capHeight;
  private final boolean cacheSubsets;
  private final Map<BitSet, Subset> subsets = new ConcurrentHashMap<>();

  private FontProgram(byte[] data, boolean cacheSubsets) throws IOException {
    this.cacheSubsets = cacheSubsets;
    this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
    this.postScriptName = ttf.getName();
    int glyphs = ttf.getNumberOfGlyphs();
    float scale = 1000f / ttf.getUnitsPerEm();
    HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
    widths = new int[glyphs];
    for (int gid = 0; gid < glyphs; gid++) {
      widths[gid] = Math.round(hmtx.getAdvanceWidth(gid) * scale);
    }
    glyphToCodePoint = new int[glyphs];
    CmapLookup lookup = ttf.getUnicodeCmapLookup();
    for (int cp = 0xFFFF; cp >= 0x20; cp--) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      int gid = lookup.getGlyphId(cp);
      if (gid > 0 && gid < glyphs) {
        cmap[cp] = gid;
        glyphToCodePoint[gid] = cp; // descending loop: the lowest code point wins
      }
    }
    int fffd = cmap[0xFFFD];
    replacement = fffd > 0 ? fffd : cmap['?'];
    for (int cp = 0x20; cp <= 0x17F; cp++) {
      addBase(cp);
    }
    for (int cp :
        new int[] {
          0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC,
          0x2039, 0x203A
        }) {
      addBase(cp);
    }
    base.set(replacement);
    var box = ttf.getFontBBox();
    bbox =
        new float[] {
          box.getLowerLeftX() * scale,
          box.getLowerLeftY() * scale,
          box.getUpperRightX() * scale,
          box.getUpperRightY() * scale
        };
    ascent = ttf.getHorizontalHeader().getAscender() * scale;
    descent = ttf.getHorizontalHeader().getDescender() * scale;
    var os2 = ttf.getOS2Windows();
    capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() * scale : ascent;
  }

  private void addBase(int cp) {
    if (cmap[cp] > 0) {
      base.set(cmap[cp]);
    }
  }

  /** The program for a class-path font, parsed once per JVM and shared (thread-safe). */
  public static FontProgram shared(String resource) {
    return SHARED.computeIfAbsent(resource, r -> load(r, true));
  }

  /** The program for a class-path font, read and parsed afresh, with no subset cache. */
  public static FontProgram fresh(String resource) {
    return load(resource, false);
  }

  private static FontProgram load(String resource, boolean cache) {
    try (InputStream in = FontProgram.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigurationException("font resource missing: " + resource);
      }
      return new FontProgram(in.readAllBytes(), cache);
    } catch (IOException e) {
      throw new ConfigurationException("cannot load the font " + resource, e);
    }
  }

  /** The glyph id for a code point, or the replacement glyph when the font has none. */
  public int glyph(int codePoint) {
    int gid = codePoint < 0x10000 ? cmap[codePoint] : 0;
    return gid > 0 ? gid : replacement;
  }

  /** Whether the font has a glyph for the code point. */
  public boolean covers(int codePoint) {
    return codePoint < 0x10000 && cmap[codePoint] > 0;
  }

  /** The advance width of a glyph in 1/1000 em. */
  public int width(int gid) {
    return widths[gid];
  }

  String postScriptName() {
    return postScriptName;
  }

  float[] bbox() {
    return bbox.clone();
  }

  float ascent() {
    return ascent;
  }

  float descent() {
    return descent;
  }

  float capHeight() {
    return capHeight;
  }

  /** The subset program for these glyphs plus the base repertoire, from the cache when possible. */
  Subset subset(BitSet used) {
    BitSet key = (BitSet) used.clone();
    key.or(base);
    key.clear(0);
    if (!cacheSubsets) {
      return build(key);
    }
    Subset subset = subsets.get(key);
    if (subset == null) {
      if (subsets.size() >= MAX_CACHED_SUBSETS) {
        subsets.clear();
      }
      subset = build(key);
      subsets.put(key, subset);
    }
    return subset;
  }

  private Subset build(BitSet key) {
    Set<Integer> ids = new HashSet<>();
    key.stream().forEach(ids::add);
    byte[] program;
    Map<Integer, Integer> newToOld;
    try {
      synchronized (ttf) {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        program = out.toByteArray();
        newToOld = subsetter.getGIDMap();
      }
    } catch (IOException e) {
      throw new StorageException("cannot subset the font", e);
    }
    int count = newToOld.size();
    int[] oldIds = new int[count];
    int[] newWidths = new int[count];
    for (Map.Entry<Integer, Integer> entry : newToOld.entrySet()) {
      oldIds[entry.getKey()] = entry.getValue();
      newWidths[entry.getKey()] = widths[entry.getValue()];
    }
    int[] oldToNew = new int[widths.length];
    java.util.Arrays.fill(oldToNew, -1);
    for (int i = 0; i < count; i++) {
      oldToNew[oldIds[i]] = i;
    }
    return new Subset(
        tag(key),
        Flate.encode(program),
        program.length,
        newWidths,
        Flate.encode(toUnicode(oldIds)),
        oldToNew);
  }

  private byte[] toUnicode(int[] oldIds) {
    StringBuilder map = new StringBuilder(64 * oldIds.length);
    map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    StringBuilder chunk = new StringBuilder();
    int inChunk = 0;
    for (int newId = 0; newId < oldIds.length; newId++) {
      int cp = glyphToCodePoint[oldIds[newId]];
      if (cp == 0) {
        continue;
      }
      chunk.append('<').append(hex4(newId)).append("> <").append(hex4(cp)).append(">\n");
      if (++inChunk == 100) {
        map.append(inChunk).append(" beginbfchar\n").append(chunk).append("endbfchar\n");
        chunk.setLength(0);
        inChunk = 0;
      }
    }
    if (inChunk > 0) {
      map.append(inChunk).append(" beginbfchar\n").append(chunk).append("endbfchar\n");
    }
    map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return map.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String hex4(int value) {
    String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    return "0000".substring(hex.length()) + hex;
  }

  private String tag(BitSet key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((postScriptName + key).getBytes(StandardCharsets.US_ASCII));
      char[] tag = new char[6];
      for (int i = 0; i < 6; i++) {
        tag[i] = (char) ('A' + Math.floorMod(digest[i], 26));
      }
      return new String(tag);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A subset font program, Flate-encoded, with its width per subset glyph id and its ToUnicode map
   * (Flate-encoded); {@code oldToNew} maps a glyph id of the font to the subset's, or -1. Arrays
   * are never modified after construction.
   */
  // byte arrays compared by content where it matters, never by equals
  @SuppressWarnings("ArrayRecordComponent")
  record Subset(
      String tag, byte[] program, int length1, int[] widths, byte[] toUnicode, int[] oldToNew) {
    int newId(int oldId) {
      return oldToNew[oldId];
    }
  }
}
