package eu.inzage.core;

import static org.assertj.core.api.Assertions.assertThat;

import eu.inzage.core.json.InzageJson;
import eu.inzage.core.model.Account;
import eu.inzage.core.model.Mandate;
import eu.inzage.core.model.Organisation;
import eu.inzage.core.model.Participant;
import eu.inzage.core.validation.ModelValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The promise of {@code docs/architecture.md#personal-data}: names and e-mail addresses never
 * appear in {@code toString()}, exception messages or logs of the validation path.
 */
class PersonalDataLeakTest {

  @Test
  void validationPath_logsMessagesAndToString_containNoNameOrEmail() throws Exception {
    List<String> seen = new ArrayList<>();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    Logger root = Logger.getLogger("");
    Level originalLevel = root.getLevel();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            seen.add(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
              for (Object p : record.getParameters()) {
                seen.add(String.valueOf(p));
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    root.addHandler(capture);
    root.setLevel(Level.ALL);
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      ModelValidator validator = ModelValidator.create(Fixtures.CLOCK);
      Participant zoe = Fixtures.zoe();
      seen.add(zoe.toString());
      seen.add(zoe.address().toString());
      seen.add(zoe.accounts().toString());
      seen.add(Fixtures.mandate().toString());
      seen.add(Fixtures.mandate().signature().toString());

      // invalid participants that carry the name and e-mail in every field that can fail
      String[] inputs = {
        "{\"id\":\""
            + Fixtures.NAME
            + "\",\"name\":\""
            + Fixtures.NAME
            + "\\r\\n\",\"email\":\""
            + Fixtures.NAME
            + "\",\"residence\":\""
            + Fixtures.EMAIL
            + "\"}",
        "{\"id\":\"p\",\"name\":\""
            + Fixtures.NAME
            + "\",\""
            + Fixtures.EMAIL
            + "\":1,\"residence\":\"NL\"}",
        "{\"id\":\"p\",\"name\":\"" + Fixtures.NAME + "\" \"email\":\"" + Fixtures.EMAIL + "\"}",
        "{\"id\":\"p\",\"name\":\"A\",\"residence\":\"NL\",\"birthDate\":\""
            + Fixtures.EMAIL
            + "\"}",
        "{\"id\":\"p\",\"name\":\"A\",\"residence\":\"NL\",\"accounts\":{\"tiktok\":{\"email\":\""
            + Fixtures.EMAIL
            + "@\"}}}",
        "{\"id\":\"p\",\"name\":[\"" + Fixtures.NAME + "\"],\"residence\":\"NL\"}",
      };
      for (String input : inputs) {
        try {
          validator.read(
              new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Participant.class);
          seen.add("no error for " + input.length());
        } catch (InzageException e) {
          seen.add(e.getMessage());
          seen.add(e.toString());
          if (e instanceof InvalidInputException invalid) {
            invalid.violations().forEach(v -> seen.add(v.toString()));
          }
        }
      }
      seen.add(InzageJson.strict().write(validator.validate(Fixtures.zoe())));

      // the builders: the name and e-mail in every setting that can fail, and set twice
      List<Runnable> settings =
          List.of(
              () -> Participant.builder().id(Fixtures.NAME),
              () -> Participant.builder().name(Fixtures.NAME + "\r\n"),
              () -> Participant.builder().email(Fixtures.NAME),
              () -> Participant.builder().residence(Fixtures.EMAIL),
              () -> Participant.builder().name(Fixtures.NAME).name(Fixtures.NAME),
              () ->
                  Participant.builder()
                      .account(Fixtures.EMAIL, new Account(null, null, null, null)),
              () -> Organisation.builder().signatory(Fixtures.NAME + "\n").build(),
              () -> Mandate.builder().principal(Fixtures.zoe()).build());
      for (Runnable setting : settings) {
        try {
          setting.run();
          seen.add("no error for a builder setting");
        } catch (RuntimeException e) {
          seen.add(e.getMessage());
          seen.add(e.toString());
          if (e instanceof InvalidInputException invalid) {
            invalid.violations().forEach(v -> seen.add(v.toString()));
          }
        }
      }
    } finally {
      System.setErr(originalErr);
      root.removeHandler(capture);
      root.setLevel(originalLevel);
    }
    seen.add(stderr.toString(StandardCharsets.UTF_8));

    assertThat(seen).noneMatch(s -> s.contains(Fixtures.NAME));
    assertThat(seen).noneMatch(s -> s.contains(Fixtures.EMAIL));
    assertThat(seen).noneMatch(s -> s.contains("Łukasiewicz"));
    assertThat(seen).noneMatch(s -> s.contains("no error for"));
  }
}
