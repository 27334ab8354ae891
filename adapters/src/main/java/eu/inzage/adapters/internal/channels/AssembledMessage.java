package eu.inzage.adapters.internal.channels;

import java.util.List;

/**
 * A submission assembled once into the exact bytes that are sent or written, with what the envelope
 * and the receipt need.
 *
 * @param reference the request's reference
 * @param messageId the Message-ID with angle brackets
 * @param bytes the whole message (headers and body, CRLF line ends); not copied, never changed
 * @param sha256 the lower-case hex SHA-256 of the bytes
 * @param envelopeFrom the sender address for MAIL FROM
 * @param recipients the addresses for RCPT TO (To, then Cc)
 * @param attachmentNames the attachments' file names
 */
@SuppressWarnings("ArrayRecordComponent") // built once, never exposed outside this package
public record AssembledMessage(
    String reference,
    String messageId,
    byte[] bytes,
    String sha256,
    String envelopeFrom,
    List<String> recipients,
    List<String> attachmentNames) {}
