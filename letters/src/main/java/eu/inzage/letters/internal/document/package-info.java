/** Implementation of the letters module (document); not API, may change without notice. */
package eu.inzage.letters.internal.document;
