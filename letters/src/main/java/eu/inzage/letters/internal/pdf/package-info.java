/** Implementation of the letters module (pdf); not API, may change without notice. */
package eu.inzage.letters.internal.pdf;
