/** Implementation of the letters module (post bundles); not API, may change without notice. */
package eu.inzage.letters.internal.post;
