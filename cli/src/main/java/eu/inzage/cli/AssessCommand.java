package eu.inzage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.inzage.adapters.replies.ArchiveLimits;
import eu.inzage.adapters.replies.Assessment;
import eu.inzage.adapters.replies.Category;
import eu.inzage.adapters.replies.Finding;
import eu.inzage.adapters.replies.RejectedReplyException;
import eu.inzage.adapters.replies.ReplyAssessor;
import eu.inzage.adapters.replies.SafeArchive;
import eu.inzage.adapters.replies.SealedAssessment;
import eu.inzage.adapters.replies.SealingAssessor;
import eu.inzage.core.validation.Identifiers;
import eu.inzage.crypto.SealMetadata;
import eu.inzage.crypto.SealedObject;
import eu.inzage.crypto.Vault;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inzage assess --controller ID --export FILE}: a reply assessed against Art. 15 GDPR. */
@Command(
    name = "assess",
    description = {
      "Assesses a controller's reply against the right of access (Art. 15 GDPR): the status of"
          + " each item (ANSWERED, PARTIAL, MISSING, NOT_APPLICABLE), the categories of the copy"
          + " with their record counts and dates, the findings, and the items still missing (the"
          + " 'missing' facts of a reminder or complaint letter).",
      "FILE is a TikTok export (.json), a ZIP archive (.zip), or a letter (.txt, .eml, .pdf)"
          + " whose statements ('we hold no data about you', 'we act only as a processor') are"
          + " recognised in English, Dutch, German and French.",
      "A .zip of --controller zoom is a Zoom reply: CSV reports (rows counted, dated by their"
          + " date and time columns), VTT transcripts (cues), TXT chats (messages), JSON metadata"
          + " (records) and media (files and bytes counted, not read); any other file is counted"
          + " as '(unread files)'. A .zip of any other controller holds a TikTok export:"
          + " user_data_tiktok.json or user_data.json, or else TikTok's TXT export (Folder/File.txt"
          + " of 'Key: value' blocks).",
      "COPY is PARTIAL when the export's categories hold no record; what could not be verified"
          + " (unreadable dates, broken records, unknown files, an empty profile or login history)"
          + " is reported in the findings without changing a status.",
      "Exit 2 when FILE is refused: a malformed, truncated or hostile archive (zip bomb, zip"
          + " slip), malformed JSON or CSV, an oversized field, an unreadable letter or an"
          + " unknown file type.",
      "With --seal DIR (and --signing-key, --recipient, --subject) the reply is sealed, byte for"
          + " byte as received, to the participant in that vault while it is read: one pass over"
          + " FILE. A refused reply is not sealed; the JSON gains 'sealed' (as 'vault list' prints"
          + " an object)."
    })
final class AssessCommand extends Subcommand {
  @Option(
      names = "--controller",
      required = true,
      paramLabel = "ID",
      description = "the controller's identifier (tiktok, zoom, palantir, or a directory slug)")
  String controller;

  @Option(
      names = "--export",
      required = true,
      paramLabel = "FILE",
      description = "the reply: .json, .zip, .txt, .eml or .pdf")
  Path export;

  @ArgGroup(exclusive = false, heading = "Sealing the reply to the participant:%n")
  ReplySealOptions seal;

  @Override
  public Integer call() throws Exception {
    Identifiers.requireSlug("--controller", controller);
    ReplyAssessor assessor =
        ReplyAssessor.builder()
            .archive(SafeArchive.builder().limits(ArchiveLimits.defaults()).build())
            .build();
    Path fileName = export.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    Assessment assessment;
    SealedObject sealed = null;
    try (InputStream in = cli().open("--export", export)) {
      if (seal == null) {
        assessment = assessor.assess(controller, name, in);
      } else {
        SealMetadata metadata = seal.metadata(cli(), controller, export);
        String objectId = seal.objectId(cli(), controller);
        Vault vault = seal.vault(cli());
        VaultFiles.warmUpFor(java.nio.file.Files.size(export));
        SealedAssessment both =
            SealingAssessor.builder()
                .assessor(assessor)
                .vault(vault)
                .build()
                .assess(name, in, seal.subject, objectId, metadata);
        assessment = both.assessment();
        sealed = both.sealed();
      }
    } catch (RejectedReplyException e) {
      cli()
          .error(
              "assess: --export refused ("
                  + e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + "): "
                  + e.violations().get(0).message());
      return ExitCodes.BAD_INPUT;
    }
    ObjectNode result = json(assessment);
    if (sealed != null) {
      VaultListCommand.describe(result.putObject("sealed"), sealed)
          .put("store", seal.store.toString());
    }
    cli().print(result);
    return ExitCodes.OK;
  }

  private ObjectNode json(Assessment assessment) {
    ObjectNode result = cli().object();
    result.put("controller", assessment.controller());
    ObjectNode items = result.putObject("items");
    assessment.items().forEach((item, status) -> items.put(item.name(), status.name()));
    ArrayNode categories = result.putArray("categories");
    for (Category category : assessment.categories()) {
      ObjectNode node = categories.addObject();
      node.put("name", category.name());
      node.put("records", category.records());
      node.put("first", category.first() == null ? null : category.first().toString());
      node.put("last", category.last() == null ? null : category.last().toString());
    }
    ArrayNode findings = result.putArray("findings");
    for (Finding finding : assessment.findings()) {
      ObjectNode node = findings.addObject();
      node.put("item", finding.item().name());
      node.put("status", finding.status().name());
      node.put("evidence", finding.evidence());
    }
    ArrayNode missing = result.putArray("missing");
    assessment.missing().forEach(item -> missing.add(item.name()));
    return result;
  }
}
