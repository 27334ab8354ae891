/**
 * The open controller directory: reads a folder in the datarequests.org data format ({@code
 * companies/} and {@code supervisory-authorities/} of JSON records with their JSON Schemas) into
 * controller profiles (the controller of GDPR Art. 4(7) to which an Art. 15 request goes) and
 * supervisory authorities (Art. 51, to which a participant complains under Art. 77). Every record
 * is validated against the directory's own schema; a bad record is rejected alone with its file and
 * the reason (see {@code docs/controllers.md#the-open-directory}).
 */
package eu.inzage.adapters.directory;
