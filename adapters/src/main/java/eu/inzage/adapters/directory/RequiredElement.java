package eu.inzage.adapters.directory;

/**
 * An identification element a controller has confirmed that it needs in a request (the directory's
 * {@code required-elements}).
 *
 * @param description what the element is, as the directory describes it
 * @param type {@code input}, {@code textarea}, {@code email}, {@code address}, {@code name} or
 *     {@code birthdate}
 * @param optional whether the controller accepts a request without it
 */
public record RequiredElement(String description, String type, boolean optional) {}
