/** The blob store implementations. Internal: not exported, may change. */
package eu.inzage.crypto.internal.blob;
