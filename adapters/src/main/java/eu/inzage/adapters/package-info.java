/**
 * Controller adapters: how Inzage deals with each controller (GDPR Art. 4(7)) — the identifiers it
 * needs from a participant and how to ask for them, the routes through which a request reaches it,
 * and the forms in which it answers. {@link eu.inzage.adapters.ControllerAdapters} has TikTok, Zoom
 * and Palantir and the generic adapter of the open directory; a {@link
 * eu.inzage.adapters.ControllerRegistry}, built in code and injected, resolves a participant's
 * {@link eu.inzage.adapters.ControllerChoice}.
 */
package eu.inzage.adapters;
