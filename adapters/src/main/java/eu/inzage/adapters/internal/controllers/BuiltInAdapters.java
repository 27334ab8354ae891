package eu.inzage.adapters.internal.controllers;

import eu.inzage.adapters.ControllerAdapter;
import eu.inzage.adapters.ControllerAdapter.Origin;
import eu.inzage.adapters.FormField;
import eu.inzage.adapters.FormField.Value;
import eu.inzage.adapters.Identifier;
import eu.inzage.adapters.IdentifierNeed;
import eu.inzage.adapters.IdentifierNeed.Need;
import eu.inzage.adapters.ReplyFormat;
import eu.inzage.adapters.SubmissionRoute;
import eu.inzage.core.model.ControllerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The adapters of TikTok, Zoom and Palantir over the built-in profiles. The facts beyond the
 * profiles (questions, the web form's fields, the forms of reply) are listed with their source and
 * the day they were checked in {@code docs/controllers.md}.
 */
public final class BuiltInAdapters {
  private static final ReplyFormat ARCHIVE =
      new ReplyFormat("archive", "a ZIP archive of any of the other forms", List.of("*.zip"));

  private BuiltInAdapters() {}

  /** TikTok: found by user name, e-mail or phone; requests through the privacy web form. */
  public static ControllerAdapter tiktok(ControllerProfile profile) {
    List<SubmissionRoute> routes = new ArrayList<>(ProfileAdapter.routes(profile));
    SubmissionRoute form = routes.get(0);
    routes.set(
        0,
        new SubmissionRoute(
            form.channel(),
            form.target(),
            form.purpose(),
            null,
            List.of(),
            List.of(
                new FormField(
                    "Type of request", Value.REQUEST_TYPE, "Access to my personal data", true),
                new FormField("Name", Value.NAME, null, true),
                new FormField("TikTok username", Value.USERNAME, null, false),
                new FormField("E-mail address for the reply", Value.REPLY_EMAIL, null, true),
                new FormField("Country or region", Value.COUNTRY, null, true),
                new FormField("Your request", Value.REQUEST_TEXT, null, true),
                new FormField("Attachments", Value.ATTACHMENTS, null, false),
                new FormField("Declaration", Value.CONFIRMATION, null, true))));
    return ControllerAdapter.builder(profile)
        .origin(Origin.BUILT_IN)
        .identifiers(
            List.of(
                new IdentifierNeed(
                    Identifier.USERNAME,
                    Need.ONE_OF,
                    "Your TikTok user name: the name after the @ on your profile page."),
                new IdentifierNeed(
                    Identifier.EMAIL,
                    Need.ONE_OF,
                    "The e-mail address of your TikTok account, if it has one (in the app:"
                        + " Profile, menu, Settings and privacy, Account, Account information)."),
                new IdentifierNeed(
                    Identifier.PHONE,
                    Need.ONE_OF,
                    "The phone number of your TikTok account, if it has one (in the same place as"
                        + " the e-mail address).")))
        .routes(routes)
        .replyFormats(
            List.of(
                new ReplyFormat(
                    "tiktok-json",
                    "the \"Download your data\" export in JSON, current generation",
                    List.of("user_data_tiktok.json")),
                new ReplyFormat(
                    "tiktok-json-legacy",
                    "the \"Download your data\" export in JSON of 2020 to 2022",
                    List.of("user_data.json")),
                new ReplyFormat(
                    "tiktok-txt", "the export as text files, one per section", List.of("*.txt")),
                ARCHIVE,
                ProfileAdapter.LETTER))
        .build();
  }

  /** Zoom: found by the e-mail address of the account; requests by e-mail, copied to Art. 27. */
  public static ControllerAdapter zoom(ControllerProfile profile) {
    return foundByEmail(
        profile,
        "The e-mail address you sign in to Zoom with (for a work or school account, that"
            + " address).",
        List.of(
            new ReplyFormat(
                "zoom-files",
                "a mix of files: CSV reports, VTT transcripts, TXT chats, JSON metadata, MP4"
                    + " and M4A recordings",
                List.of("*.csv", "*.vtt", "*.txt", "*.json", "*.mp4", "*.m4a")),
            ARCHIVE,
            ProfileAdapter.LETTER));
  }

  /** Palantir: searched by e-mail address; requests by e-mail; answers in a letter or e-mail. */
  public static ControllerAdapter palantir(ControllerProfile profile) {
    return foundByEmail(
        profile,
        "An e-mail address under which Palantir, or an organisation that uses Palantir's"
            + " software, may hold data about you.",
        List.of(
            new ReplyFormat(
                "letter",
                "a letter or e-mail, such as \"we hold no data about you\" or \"we act only as"
                    + " a processor\"",
                ProfileAdapter.LETTER.fileNames())));
  }

  /** A built-in controller that finds the data subject by one e-mail address. */
  private static ControllerAdapter foundByEmail(
      ControllerProfile profile, String question, List<ReplyFormat> replyFormats) {
    return ControllerAdapter.builder(profile)
        .origin(Origin.BUILT_IN)
        .identifiers(List.of(new IdentifierNeed(Identifier.EMAIL, Need.REQUIRED, question)))
        .replyFormats(replyFormats)
        .build();
  }
}
