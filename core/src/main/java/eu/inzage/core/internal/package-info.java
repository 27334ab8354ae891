/** Internal: helpers of the core model. Not exported; may change at any time. */
package eu.inzage.core.internal;
