package eu.inzage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/**
 * Proves that the project's whole dependency stack resolves and works together on one class path:
 * each library does one real operation here, so a clash shows up as a failure, not only as a
 * compile error in a later issue. The store libraries (H2, Flyway) are used by no module yet and
 * come in test scope through this module's POM; Angus Mail comes through {@code inzage-adapters}.
 */
class DependencyStackTest {

  @Test
  void tink_encryptsAndDecrypts() throws Exception {
    AeadConfig.register();
    KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);

    byte[] ciphertext = aead.encrypt("data".getBytes(StandardCharsets.UTF_8), new byte[0]);

    assertThat(new String(aead.decrypt(ciphertext, new byte[0]), StandardCharsets.UTF_8))
        .isEqualTo("data");
  }

  @Test
  void bouncyCastle_derivesAnArgon2idKey() {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withSalt(new byte[16])
            .withMemoryAsKB(64)
            .withIterations(1)
            .withParallelism(1)
            .build());
    byte[] key = new byte[32];

    generator.generateBytes("passphrase".toCharArray(), key);

    assertThat(key).isNotEqualTo(new byte[32]);
  }

  @Test
  void pdfbox_writesAPdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out);
    }

    assertThat(new String(out.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void jollyday_knowsIrishHolidays() {
    de.focus_shift.jollyday.core.HolidayManager ireland =
        de.focus_shift.jollyday.core.HolidayManager.getInstance(
            de.focus_shift.jollyday.core.ManagerParameters.create(
                de.focus_shift.jollyday.core.HolidayCalendar.IRELAND));

    assertThat(ireland.isHoliday(LocalDate.of(2021, 4, 5))).isTrue(); // Easter Monday
    assertThat(ireland.isHoliday(LocalDate.of(2021, 4, 6))).isFalse();
  }

  @Test
  void h2AndFlyway_runAMigration() throws Exception {
    String url = "jdbc:h2:mem:stack;DB_CLOSE_DELAY=-1";
    org.flywaydb.core.Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:stacktest/migration")
        .load()
        .migrate();

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.createStatement().executeQuery("select count(*) from probe")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void ical4j_buildsACalendar() {
    net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.model.Calendar();
    calendar.add(new net.fortuna.ical4j.model.component.VEvent(LocalDate.of(2021, 8, 30), "due"));

    assertThat(calendar.toString()).contains("BEGIN:VEVENT").contains("SUMMARY:due");
  }

  @Test
  void angusMail_sendsThroughGreenMail() throws Exception {
    com.icegreen.greenmail.util.GreenMail server =
        new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "smtp"));
    server.start();
    try {
      java.util.Properties props = new java.util.Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
      jakarta.mail.Session session = jakarta.mail.Session.getInstance(props);
      jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(session);
      message.setFrom("foundation@example.org");
      message.setRecipients(jakarta.mail.Message.RecipientType.TO, "privacy@example.com");
      message.setSubject("Verzoek om inzage", "UTF-8");
      message.setText("body", "UTF-8");
      jakarta.mail.Transport.send(message);

      assertThat(server.getReceivedMessages()).hasSize(1);
      assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo("Verzoek om inzage");
    } finally {
      server.stop();
    }
  }

  @Test
  void verapdf_isOnTheTestClassPath() {
    assertThat(org.verapdf.pdfa.flavours.PDFAFlavour.fromString("2b"))
        .isEqualTo(org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
  }

  @Test
  void validationAndJackson_workThroughTheCore() {
    assertThat(
            eu.inzage.core.validation.ModelValidator.create(ValidateCommandTest.CLOCK)
                .validate(eu.inzage.core.catalog.ControllerProfiles.builtIn().require("zoom")))
        .isEmpty();
  }
}
