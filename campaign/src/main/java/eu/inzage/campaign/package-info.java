/** The collective campaign's store. */
package eu.inzage.campaign;
