/** Internal: the translation of Jackson's errors into violations. Not exported. */
package eu.inzage.core.internal.json;
