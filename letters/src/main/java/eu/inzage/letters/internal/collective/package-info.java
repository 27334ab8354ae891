/**
 * Implementation of the letters module (collective letters); not API, may change without notice.
 */
package eu.inzage.letters.internal.collective;
