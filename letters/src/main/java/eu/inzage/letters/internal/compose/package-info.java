/** Implementation of the letters module (compose); not API, may change without notice. */
package eu.inzage.letters.internal.compose;
