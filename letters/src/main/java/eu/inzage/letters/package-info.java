/**
 * Letters on behalf of participants: {@link eu.inzage.letters.Letters} composes a {@link
 * eu.inzage.letters.Letter} of a {@link eu.inzage.letters.LetterKind} from a participant, a
 * controller and the organisation, and renders it as PDF/A-2b or plain text (Arts. 12, 15, 17, 77
 * GDPR).
 *
 * <p>Collaborators: {@link eu.inzage.letters.Letters.Builder} takes the clock, the deadline engine
 * and the lifecycle and hands them to everything that dates a letter or counts a due date (the
 * single letters, the collective complaint's annex, {@link
 * eu.inzage.letters.Letters#facts(eu.inzage.core.lifecycle.RequestHistory,
 * eu.inzage.core.model.ControllerProfile)}); nothing in this module looks up a default of its own.
 *
 * <p>Errors: everything the module decides is an unchecked {@link eu.inzage.core.InzageException}:
 * {@link eu.inzage.core.InvalidInputException} for bad input (with field paths such as {@code
 * participants.17.name}), {@link eu.inzage.core.StorageException} when rendering, sealing or
 * reading the participants file fails (the {@link java.io.IOException} is its cause), {@link
 * eu.inzage.core.ConfigurationException} when a bundled template, label file or font cannot load. A
 * checked {@link java.io.IOException} appears only where the caller's own stream or code is written
 * to: {@link eu.inzage.letters.LetterPdf#writeTo(java.io.OutputStream)} and the {@link
 * eu.inzage.letters.VolumeSink} of {@link eu.inzage.letters.Letters#writeCollective}, whose
 * exception passes through unchanged.
 */
package eu.inzage.letters;
