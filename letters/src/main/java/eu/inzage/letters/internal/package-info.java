/** Implementation of the letters module; not API, may change without notice. */
package eu.inzage.letters.internal;
