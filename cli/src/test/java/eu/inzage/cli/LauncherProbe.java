package eu.inzage.cli;

/** Stands in for the tool in {@link LauncherTest}: prints its arguments. */
public final class LauncherProbe {
  private LauncherProbe() {}

  /** Prints {@code ran} and the arguments. */
  public static void main(String[] args) {
    System.out.println(("ran " + String.join(" ", args)).strip());
  }
}
