package eu.inzage.core;

/**
 * A create-only operation found its target already there (sealing an object id that is taken, an
 * enveloped document that exists). Nothing was changed; the existing thing is intact.
 */
public class AlreadyExistsException extends InzageException {
  private static final long serialVersionUID = 1L;

  /** {@code what} names the kind of thing ("sealed object"), {@code id} its identifier. */
  public AlreadyExistsException(String what, String id) {
    super(what + " " + id + " already exists");
  }
}
