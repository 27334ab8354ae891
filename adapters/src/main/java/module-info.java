/**
 * Inzage adapters: per-controller behaviour, submission channels, reply intake and assessment. The
 * first API packages arrive with the adapter issues; until then the module exports nothing.
 */
module eu.inzage.adapters {
  requires eu.inzage.core;
}
