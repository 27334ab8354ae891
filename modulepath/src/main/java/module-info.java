/**
 * A consumer of Inzage on the module path: requires the three library modules by name and nothing
 * else, so that {@code ModulePathTest} proves they start and work without extra JVM flags.
 */
module eu.inzage.modulepath {
  requires eu.inzage.core;
  requires eu.inzage.crypto;
  requires eu.inzage.letters;
}
