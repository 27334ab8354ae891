/**
 * A consumer of Inzage on the module path: requires the library modules core, crypto, letters and
 * s3 by name and nothing else, so that {@code ModulePathTest} proves they start and work without
 * extra JVM flags.
 */
module eu.inzage.modulepath {
  requires eu.inzage.core;
  requires eu.inzage.crypto;
  requires eu.inzage.letters;
  requires eu.inzage.s3;
}
