/**
 * Internal: runs jollyday on the module path. jollyday-core finds its parsers by reflecting on the
 * class of the holiday configuration it is handed; jollyday-jaxb's class sits in a package it does
 * not export, so on the module path every holiday look-up would fail. This package hands jollyday
 * the same configuration through classes of a package that {@code module-info.java} opens to
 * jollyday-core. Not exported; may change at any time.
 */
package eu.inzage.core.internal.jollyday;
