/** Small runnable recipes, one task each; the build compiles and runs every one of them. */
package eu.inzage.examples;
