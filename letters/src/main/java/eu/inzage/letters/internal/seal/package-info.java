/** Implementation of the letters module (PAdES seal); not API, may change without notice. */
package eu.inzage.letters.internal.seal;
