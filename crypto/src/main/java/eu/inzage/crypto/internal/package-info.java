/** Implementation of the vault's format and key handling. Internal: not exported, may change. */
package eu.inzage.crypto.internal;
