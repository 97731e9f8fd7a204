package fr.passerelle.media.visio;

/**
 * Who a token is for, as Jitsi shows them: an id the presence events send back, the name shown in
 * the call, an optional avatar address, and whether they moderate the room.
 */
public record JitsiUser(String id, String name, String avatar, boolean moderator) {

  public JitsiUser {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A Jitsi user needs an id");
    }
    name = name == null ? "" : name;
    avatar = avatar == null ? "" : avatar;
  }
}
