/** Implementation of the letters module (template); not API, may change without notice. */
package eu.inzage.letters.internal.template;
