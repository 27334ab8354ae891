package eu.inzage.adapters.internal.channels;

import eu.inzage.adapters.channels.SubmissionReceipt;

/** One attempt to deliver assembled bytes: over SMTP or into the outbox. */
public interface Delivery {

  /** The route the receipt records. */
  SubmissionReceipt.Route route();

  /**
   * Delivers the message once.
   *
   * @throws DeliveryException classified as transient, permanent or uncertain
   */
  void deliver(AssembledMessage message) throws DeliveryException;
}
