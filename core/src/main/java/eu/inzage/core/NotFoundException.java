package eu.inzage.core;

/**
 * Something asked for by its id does not exist (a sealed object, a key slot, an enveloped document,
 * a controller profile). Distinct from {@link InvalidInputException}: the request was well-formed,
 * the thing is simply not there. The message names the kind and the id only.
 */
public class NotFoundException extends InzageException {
  private static final long serialVersionUID = 1L;

  /** {@code what} names the kind of thing ("sealed object"), {@code id} its identifier. */
  public NotFoundException(String what, String id) {
    super(what + " " + id + " not found");
  }
}
