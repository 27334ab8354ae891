package eu.inzage.crypto;

import java.time.Duration;

/**
 * What {@link Vault#warmUp(Duration)} did: how many bytes it sealed and opened, and how long that
 * took.
 *
 * @param bytes plaintext bytes sealed (and as many opened)
 * @param elapsed wall time spent
 */
public record WarmUpReport(long bytes, Duration elapsed) {}
