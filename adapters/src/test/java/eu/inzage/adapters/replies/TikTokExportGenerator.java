package eu.inzage.adapters.replies;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic TikTok exports of either generation and of any size, with every trap the reader
 * handles: dates in three formats (and some unreadable or {@code null}), empty values written as
 * {@code null}, {@code []}, {@code {}} and {@code ""}, a section that appears twice, keys with
 * stray colons, and fake profile values. The bulk is watch history, grown to the size asked for.
 * Also used by the benchmarks (through the adapters' test jar).
 */
public final class TikTokExportGenerator {
  /** Bytes of one watch-history record, about. */
  private static final int RECORD_BYTES = 96;

  private static final LocalDate EPOCH = LocalDate.of(2019, 1, 1);

  private final Writer out;
  private final SplittableRandom random;
  private final Map<String, long[]> expected = new LinkedHashMap<>();
  private long unparseable;
  private int serial;

  /** What the reader must find in a generated export. */
  public record Expected(
      Generation generation, Map<String, Category> categories, long unparseable) {

    /** The reading the reader must return. */
    public ExportReading reading() {
      return new ExportReading(generation, new ArrayList<>(categories.values()), unparseable);
    }
  }

  private TikTokExportGenerator(Writer out, long seed) {
    this.out = out;
    this.random = new SplittableRandom(seed);
  }

  /** The export as bytes. */
  public static byte[] bytes(Generation generation, long approxBytes, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(generation, approxBytes, seed, out);
    return out.toByteArray();
  }

  /**
   * Writes an export of about the given size (at least a few kB) in UTF-8; the stream is not
   * closed.
   */
  public static Expected write(
      Generation generation, long approxBytes, long seed, OutputStream target) {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
    TikTokExportGenerator g = new TikTokExportGenerator(writer, seed);
    int bulk = (int) Math.max(5, Math.min(Integer.MAX_VALUE, approxBytes / RECORD_BYTES));
    try {
      if (generation == Generation.LEGACY) {
        g.legacy(bulk);
      } else {
        g.current(bulk);
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Category> categories = new LinkedHashMap<>();
    g.expected.forEach(
        (name, c) ->
            categories.put(
                name,
                new Category(
                    name,
                    c[0],
                    c[1] > c[2] ? null : LocalDate.ofEpochDay(c[1]),
                    c[1] > c[2] ? null : LocalDate.ofEpochDay(c[2]))));
    return new Expected(generation, categories, g.unparseable);
  }

  private void current(int bulk) throws IOException {
    out.write("{\n\"Your Activity\": {");
    list("Your Activity", "Watch History", "VideoList", bulk - 2, "Date", "Link");
    out.write(",");
    list("Your Activity", "Login History", "LoginHistoryList", 7, "Date", "IP", "DeviceModel");
    out.write(",");
    list("Your Activity", "Searches", "SearchList", 5, "Date", "SearchTerm");
    out.write(",");
    list(
        "Your Activity",
        "Off TikTok Activity",
        "OffTikTokActivityDataList",
        9,
        "TimeStamp",
        "Event");
    out.write(",");
    empty("Your Activity", "Ad Interests", "{\"AdInterestCategories\": null}");
    out.write(",");
    empty("Your Activity", "Purchases", "{}");
    out.write("},\n\"Likes and Favorites\": {");
    list("Likes and Favorites", "Like List:", "ItemFavoriteList", 11, "date", "link");
    out.write("},\n\"Profile And Settings\": {");
    profile("Profile And Settings", "Profile Info");
    out.write(",");
    list("Profile And Settings", "Follower", "FansList", 4, "Date", "UserName");
    out.write(",");
    empty("Profile And Settings", "Following", "{\"Following\": []}");
    out.write(",");
    empty("Profile And Settings", "Block List", "null");
    out.write(",");
    settings("Profile And Settings", "Settings");
    out.write("},\n\"Direct Message\": {");
    chats("Direct Message", "Direct Messages");
    out.write("},\n\"Comment\": {");
    list("Comment", "Comments", "CommentsList", 6, "Date", "Comment");
    out.write("},\n\"Post\": {");
    list("Post", "Posts", "VideoList", 3, "Date", "Link");
    out.write("},\n\"TikTok Live\": {");
    empty("TikTok Live", "Go Live History", "{\"GoLiveList\": []}");
    out.write("},\n\"TikTok Shop\": {");
    empty("TikTok Shop", "Order History", "{\"OrderHistories\": {}}");
    // the same section a second time: its records add to the first
    out.write("},\n\"Your Activity\": {");
    list("Your Activity", "Watch History", "VideoList", 2, "Date", "Link");
    out.write("}\n}\n");
  }

  private void legacy(int bulk) throws IOException {
    out.write("{\n\"Activity\": {");
    list("Activity", "Video Browsing History", "VideoList", bulk, "Date", "VideoLink");
    out.write(",");
    list("Activity", "Login History", "LoginHistoryList", 5, "Date", "IP", "DeviceModel");
    out.write(",");
    list("Activity", "Search History", "SearchList", 3, "Date", "SearchTerm");
    out.write(",");
    list("Activity", "Like List", "ItemFavoriteList", 8, "Date", "VideoLink");
    out.write(",");
    empty("Activity", "Favorite Videos", "{\"FavoriteVideoList\": null}");
    out.write("},\n\"Ads and data\": {");
    empty("Ads and data", "Ad Interests", "{\"AdInterestCategories\": \"\"}");
    out.write(",");
    list(
        "Ads and data",
        "Off TikTok Activity",
        "OffTikTokActivityDataList",
        4,
        "TimeStamp",
        "Event");
    out.write("},\n\"App Settings\": {");
    settings("App Settings", "Settings");
    out.write("},\n\"Comment\": {");
    list("Comment", "Comments", "CommentsList", 2, "Date", "Comment");
    out.write("},\n\"Direct Messages\": {");
    chats("Direct Messages", "Chat History");
    out.write("},\n\"Profile\": {");
    profile("Profile", "Profile Information");
    out.write("},\n\"Video\": {");
    empty("Video", "Videos", "{\"VideoList\": []}");
    out.write("}\n}\n");
  }

  private long[] category(String section, String name) {
    String clean = name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
    return expected.computeIfAbsent(
        section + "/" + clean, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
  }

  private void empty(String section, String name, String json) throws IOException {
    category(section, name);
    out.write("\n  \"" + name + "\": " + json);
  }

  private void profile(String section, String name) throws IOException {
    category(section, name)[0] = 1;
    out.write(
        "\n  \""
            + name
            + "\": {\"ProfileMap\": {\"userName\": \"synthetic.user\","
            + " \"emailAddress\": \"someone@example.org\", \"birthDate\": \"01-Jan-1990\","
            + " \"bioDescription\": null, \"likesReceived\": \"12\"}}");
  }

  private void settings(String section, String name) throws IOException {
    category(section, name)[0] = 1;
    out.write(
        "\n  \""
            + name
            + "\": {\"SettingsMap\": {\"Allow DownLoad\": \"On\", \"Interests\":"
            + " [\"Food\", \"Travel\"], \"Private Account\": \"Off\"}}");
  }

  private void chats(String section, String name) throws IOException {
    long[] tally = category(section, name);
    out.write("\n  \"" + name + "\": {\"ChatHistory\": {");
    for (int chat = 0; chat < 3; chat++) {
      // the chat partner's name is in the key, with a stray colon
      out.write(chat == 0 ? "" : ",");
      out.write("\n    \"Chat History with partner" + chat + ":\": [");
      for (int i = 0; i < 2 + chat; i++) {
        out.write(i == 0 ? "" : ",");
        out.write("\n      {");
        date(tally, "Date");
        out.write(", \"From\": \"partner" + chat + "\", \"Content\": \"caf\\u00e9 " + i + "\"}");
        tally[0]++;
      }
      out.write("]");
    }
    out.write("}}");
  }

  private void list(String section, String name, String key, int n, String dateKey, String... keys)
      throws IOException {
    long[] tally = category(section, name);
    out.write("\n  \"" + name + "\": {\"" + key + "\": [");
    for (int i = 0; i < n; i++) {
      out.write(i == 0 ? "\n    {" : ",\n    {");
      date(tally, dateKey);
      for (String k : keys) {
        out.write(
            ", \""
                + k
                + "\": \"https://www.tiktokv.com/share/video/"
                + (7_000_000 + serial++)
                + "/\"");
      }
      out.write("}");
      tally[0]++;
    }
    out.write("]}");
  }

  /** A date field in one of the formats, or a trap (null, unreadable). */
  private void date(long[] tally, String key) throws IOException {
    int pick = random.nextInt(40);
    LocalDate day = EPOCH.plusDays(random.nextInt(1500));
    String time =
        String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
    String value;
    if (pick == 0) {
      value = "null";
    } else if (pick == 1) {
      value =
          "\"" + day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear() + " (?)\"";
      unparseable++;
    } else {
      value =
          pick % 3 == 0
              ? "\"" + day + "T" + time + "Z\""
              : pick % 3 == 1
                  ? "\"" + day + " " + time + "\""
                  : "\"" + day + "T" + time + "+02:00\"";
      long epochDay = day.toEpochDay();
      tally[1] = Math.min(tally[1], epochDay);
      tally[2] = Math.max(tally[2], epochDay);
    }
    out.write("\"" + key + "\": " + value);
  }
}
