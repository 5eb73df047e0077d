package uk.council.evidence.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule, with a message written for the person who typed it. The transaction
 * rolls back; the caller shows the message next to what was typed.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends IllegalArgumentException {

  private final String field;

  public InvalidInput(String message) {
    this(null, message);
  }

  /** A message about one field of a form, e.g. {@code "username"}. */
  public InvalidInput(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field the message is about, or null if it is about the whole form. */
  public String field() {
    return field;
  }
}
