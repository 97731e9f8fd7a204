package fr.passerelle.app.visio.internal;

import org.jspecify.annotations.Nullable;

/** A stored invitation: by account (account id set) or by link (link hash set). */
public record InvitationRow(
    long id,
    long sessionId,
    @Nullable Long accountId,
    String kind,
    String displayName,
    @Nullable String linkHash,
    boolean linkUsed) {}
