/**
 * The domain model: participants (data subjects), the organisation acting for them, controllers and
 * their profiles, supervisory authorities, access requests, mandates and campaigns. Every type is
 * an immutable, thread-safe value. Types holding personal data ({@link
 * eu.inzage.core.model.Participant}, {@link eu.inzage.core.model.Mandate}, {@link
 * eu.inzage.core.model.Organisation}, {@link eu.inzage.core.model.Account}, {@link
 * eu.inzage.core.model.Address}) redact it in {@code toString()}.
 *
 * <p>The wide types ({@link eu.inzage.core.model.Participant}, {@link
 * eu.inzage.core.model.ControllerProfile}, {@link eu.inzage.core.model.Mandate}, {@link
 * eu.inzage.core.model.Organisation}) are made with their {@code builder()}, which checks each
 * setting when it is made and the whole value on {@code build()} (an {@link
 * eu.inzage.core.InvalidInputException} with the field paths and codes the JSON reader reports), or
 * read from JSON with {@link eu.inzage.core.validation.ModelValidator#read}. Small stable values
 * ({@link eu.inzage.core.model.Address}, {@link eu.inzage.core.model.Account}, {@link
 * eu.inzage.core.model.ContactChannel}, {@link eu.inzage.core.model.Representative}, {@link
 * eu.inzage.core.model.SignatureEvidence} …) are records, checked as part of the value that holds
 * them.
 */
package eu.inzage.core.model;
