package dev.atelier.server.designevents;

import java.util.Locale;
import java.util.Optional;

/** What happened in a design session. */
public enum EventKind {
  /** The customer decided attribute = value (a successful decide). */
  DECISION(false),
  /** A value was refused (decide answered 409, or explain on a refused value); names the rule. */
  REFUSAL(false),
  /** A repair reaching attribute = value was shown with an explanation. */
  REPAIR_SHOWN(false),
  /** The customer applied a repair reaching attribute = value. */
  REPAIR_ACCEPTED(false),
  /** The customer dismissed a shown repair (reported by the client). */
  REPAIR_REJECTED(true),
  /** The design was completed by the engine. */
  COMPLETION(false),
  /** The customer left the design unfinished (reported by the client). */
  ABANDONMENT(true),
  /** The design was ordered: one event per chosen value. */
  ORDER(false);

  private final boolean clientReported;

  EventKind(boolean clientReported) {
    this.clientReported = clientReported;
  }

  /** Whether clients report it (the server cannot see it happen). */
  public boolean clientReported() {
    return clientReported;
  }

  /** The wire and database name: {@code repair-shown}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind named {@code code}, if any. */
  public static Optional<EventKind> ofCode(String code) {
    for (EventKind k : values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
