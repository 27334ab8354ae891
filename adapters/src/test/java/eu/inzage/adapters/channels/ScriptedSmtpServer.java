package eu.inzage.adapters.channels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A real SMTP server on a local socket whose connections follow a script, for the failures
 * GreenMail cannot produce: a deferral (4xx), a refusal (5xx), a connection that breaks after the
 * data were sent, STARTTLS (which GreenMail 2.1 does not offer). Each connection takes the next
 * step of the script; when the script is used up, connections behave normally.
 */
final class ScriptedSmtpServer implements AutoCloseable {

  /** What one connection does. */
  enum Step {
    /** A normal conversation: the message is accepted with 250. */
    ACCEPT,
    /** 451 to MAIL FROM. */
    DEFER_MAIL,
    /** 550 to RCPT TO. */
    REFUSE_RCPT,
    /** 451 to the end of the data. */
    DEFER_AFTER_DATA,
    /** The data are read to the end, then the connection closes without a reply. */
    DROP_AFTER_DATA
  }

  private final ServerSocket socket;
  private final ConcurrentLinkedQueue<Step> script;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<String> dataReceived = Collections.synchronizedList(new ArrayList<>());
  private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
  private final List<Boolean> acceptedOverTls = Collections.synchronizedList(new ArrayList<>());
  private final SSLContext tls;
  private final Thread thread;

  /** A server that does not offer STARTTLS. */
  ScriptedSmtpServer(Step... script) throws IOException {
    this(null, script);
  }

  /** A server that offers STARTTLS with the key in {@code tls} (null: no STARTTLS). */
  ScriptedSmtpServer(SSLContext tls, Step... script) throws IOException {
    this.tls = tls;
    this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.script = new ConcurrentLinkedQueue<>(List.of(script));
    this.thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Connections accepted so far. */
  int connections() {
    return connections.get();
  }

  /** Every message whose data the server read to the terminating dot. */
  List<String> dataReceived() {
    return List.copyOf(dataReceived);
  }

  /** For each accepted message, whether it came over TLS. */
  List<Boolean> acceptedOverTls() {
    return List.copyOf(acceptedOverTls);
  }

  /** The messages the server answered with 250. */
  List<String> accepted() {
    return List.copyOf(accepted);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        Step step = script.poll();
        converse(client, step == null ? Step.ACCEPT : step);
      } catch (IOException e) {
        if (!socket.isClosed()) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void converse(Socket plain, Step step) throws IOException {
    Socket client = plain;
    BufferedReader in = reader(client);
    OutputStream out = client.getOutputStream();
    reply(out, "220 scripted ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      if (tls != null && line.equalsIgnoreCase("STARTTLS") && !(client instanceof SSLSocket)) {
        reply(out, "220 2.0.0 ready to start TLS");
        SSLSocket secured =
            (SSLSocket) tls.getSocketFactory().createSocket(plain, null, plain.getPort(), false);
        secured.setUseClientMode(false);
        try {
          secured.startHandshake();
        } catch (IOException e) {
          return; // the client refused the certificate
        }
        client = secured;
        in = reader(client);
        out = client.getOutputStream();
        continue;
      }
      String command =
          line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
      switch (command) {
        case "EHLO", "HELO" -> {
          if (tls != null && !(client instanceof SSLSocket)) {
            reply(out, "250-scripted");
            reply(out, "250 STARTTLS");
          } else {
            reply(out, "250 scripted");
          }
        }
        case "MAIL" -> reply(out, step == Step.DEFER_MAIL ? "451 4.3.0 try later" : "250 2.1.0 ok");
        case "RCPT" ->
            reply(out, step == Step.REFUSE_RCPT ? "550 5.1.1 no such user" : "250 2.1.5 ok");
        case "RSET", "NOOP" -> reply(out, "250 2.0.0 ok");
        case "QUIT" -> {
          reply(out, "221 2.0.0 bye");
          return;
        }
        case "DATA" -> {
          reply(out, "354 go ahead");
          StringBuilder data = new StringBuilder();
          String dataLine;
          while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
            data.append(dataLine).append("\r\n");
          }
          dataReceived.add(data.toString());
          if (step == Step.DROP_AFTER_DATA) {
            return;
          }
          if (step == Step.DEFER_AFTER_DATA) {
            reply(out, "451 4.3.0 queue full");
          } else {
            accepted.add(data.toString());
            acceptedOverTls.add(client instanceof SSLSocket);
            reply(out, "250 2.0.0 queued");
          }
        }
        default -> reply(out, "502 5.5.1 unknown command");
      }
    }
  }

  private static BufferedReader reader(Socket client) throws IOException {
    return new BufferedReader(
        new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws Exception {
    socket.close();
    thread.join(5_000);
  }
}
