package fr.passerelle.app.chat;

/** Why a message or an action was refused; each has its text {@code chat.refused.<NAME>}. */
public enum Refusal {
  SUSPENDED,
  CLOSED,
  MUTED,
  RATE_LIMITED,
  EMPTY,
  TOO_LONG,
  NOT_ALLOWED,
  ATTACHMENT_TOO_LARGE,
  ATTACHMENT_EMPTY,
  ATTACHMENT_TYPE
}
