package uk.council.evidence.device.entity;

/**
 * A dock's new credential, as shown to the administrator once: the dock's name is its username and
 * {@code secret} its password for HTTP Basic authentication. Only the secret's hash is kept.
 *
 * @param dock the dock
 * @param secret the secret, never stored
 */
public record IssuedCredential(Dock dock, String secret) {}
