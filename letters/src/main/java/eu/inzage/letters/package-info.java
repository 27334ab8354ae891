/**
 * Letters on behalf of participants: {@link eu.inzage.letters.Letters} composes a {@link
 * eu.inzage.letters.Letter} of a {@link eu.inzage.letters.LetterKind} from a participant, a
 * controller and the organisation, and renders it as PDF/A-2b or plain text (Arts. 12, 15, 17, 77
 * GDPR).
 */
package eu.inzage.letters;
