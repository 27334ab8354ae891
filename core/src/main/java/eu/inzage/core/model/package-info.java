/**
 * The domain model: participants (data subjects), the organisation acting for them, controllers and
 * their profiles, supervisory authorities, access requests, mandates and campaigns. Every type is
 * an immutable, thread-safe value. Types holding personal data ({@link
 * eu.inzage.core.model.Participant}, {@link eu.inzage.core.model.Mandate}, {@link
 * eu.inzage.core.model.Account}, {@link eu.inzage.core.model.Address}) redact it in {@code
 * toString()}.
 */
package eu.inzage.core.model;
