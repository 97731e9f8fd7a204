package fr.passerelle.app.profile;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Preset;
import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.profile.internal.StoredProfile;
import fr.passerelle.app.profile.internal.StoredProfileRepository;
import fr.passerelle.app.territory.Need;
import fr.passerelle.app.territory.PupilCard;
import fr.passerelle.app.territory.PupilService;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.media.live.Signal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accessibility profiles. Everyone reads and changes their own; a pupil's teacher prepares the
 * pupil's profile (changes audited); the pupil's parents and director see it.
 */
@Service
@Transactional
public class ProfileService {

  /** The kind of the live signal a profile change sends; subject: who changed it. */
  public static final String CHANGED = "CHANGED";

  private final StoredProfileRepository profiles;
  private final CurrentUser currentUser;
  private final PupilService pupils;
  private final People people;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final LiveSignals live;
  private final Scope scope;
  private final SchoolTime time;

  ProfileService(
      StoredProfileRepository profiles,
      CurrentUser currentUser,
      PupilService pupils,
      People people,
      AuditLog audit,
      ApplicationEventPublisher events,
      LiveSignals live,
      Scope scope,
      SchoolTime time) {
    this.profiles = profiles;
    this.currentUser = currentUser;
    this.pupils = pupils;
    this.people = people;
    this.audit = audit;
    this.events = events;
    this.live = live;
    this.scope = scope;
    this.time = time;
  }

  /** The caller's own profile, or the defaults. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public AccessibilityProfile mine() {
    return of(currentUser.require().id());
  }

  /**
   * The live topic of the caller's own profile (their pages apply its changes at once); none for a
   * page nobody is logged in to.
   */
  @PreAuthorize("permitAll()")
  public Optional<String> myTopic() {
    return currentUser.find().map(c -> topic(c.id()));
  }

  /** Whether a change told on the live channel was made by the caller themself. */
  @PreAuthorize("isAuthenticated()")
  public boolean changedByMe(Signal signal) {
    return signal.subjectId() == currentUser.require().id();
  }

  static String topic(long accountId) {
    return Signal.topic("profile", "account", accountId);
  }

  /**
   * Changes the caller's own profile: the edit applies to the profile as stored now, so a change
   * made meanwhile in another place (toolbar, settings, the teacher) is not lost.
   */
  @PreAuthorize("isAuthenticated()")
  public AccessibilityProfile updateMine(UnaryOperator<AccessibilityProfile> edit) {
    Caller caller = currentUser.require();
    return store(caller.id(), edit.apply(of(caller.id())), caller);
  }

  /**
   * A pupil's profile for their teachers, director and parents (refused and audited for anyone
   * else); only the pupil's teachers may change it.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR','PARENT')")
  @Transactional(readOnly = true)
  public PupilProfile ofPupil(long pupilId) {
    Caller caller = currentUser.require();
    PupilCard card = pupils.pupil(pupilId);
    Optional<StoredProfile> stored = profiles.findById(pupilId);
    String updatedBy =
        stored
            .map(StoredProfile::getUpdatedBy)
            .flatMap(id -> people.names(List.of(id)).stream().findFirst())
            .map(PersonName::full)
            .orElse(null);
    return new PupilProfile(
        pupilId,
        card.pupil().full(),
        stored.map(StoredProfile::toProfile).orElseGet(AccessibilityProfile::defaults),
        stored.map(StoredProfile::getUpdatedAt).orElse(null),
        updatedBy,
        card.needs().stream()
            .map(ProfileService::presetFor)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted()
            .toList(),
        teaches(caller, card));
  }

  /** A teacher changes a pupil of their class's profile; the pupil's other settings stay. */
  @PreAuthorize("hasRole('TEACHER')")
  public AccessibilityProfile updateForPupil(
      long pupilId, UnaryOperator<AccessibilityProfile> edit) {
    Caller caller = currentUser.require();
    requireTeacher(caller, pupilId);
    AccessibilityProfile saved = store(pupilId, edit.apply(of(pupilId)), caller);
    audit.record(
        AuditKind.PROFILE_CHANGED, caller.username(), null, "pupil:" + pupilId, "profile changed");
    return saved;
  }

  /**
   * A teacher applies a preset over a pupil's current profile; the rest stays as the pupil set it.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public AccessibilityProfile applyPreset(long pupilId, Preset preset) {
    return updateForPupil(pupilId, preset::applyTo);
  }

  /** Any account's profile, for this service only: a profile says as much as declared needs. */
  AccessibilityProfile of(long accountId) {
    return profiles
        .findById(accountId)
        .map(StoredProfile::toProfile)
        .orElseGet(AccessibilityProfile::defaults);
  }

  /** The preset a declared need suggests; none for a need that is not about the screen. */
  static @org.jspecify.annotations.Nullable Preset presetFor(Need need) {
    return switch (need) {
      case LARGE_PRINT -> Preset.LOW_VISION;
      case SCREEN_READER -> Preset.BLINDNESS_SCREEN_READER;
      case READING_SUPPORT -> Preset.DYSLEXIA;
      case SWITCH_ACCESS -> Preset.MOTOR_SWITCH;
      case HEARING_SUPPORT -> Preset.HEARING;
      case ATTENTION_SUPPORT, SIMPLIFIED_CONTENT -> Preset.ATTENTION;
      case REMOTE_ATTENDANCE -> null;
    };
  }

  private void requireTeacher(Caller caller, long pupilId) {
    if (!teaches(caller, pupils.pupil(pupilId))) {
      throw scope.deny(caller, "pupil:" + pupilId, "profile change outside the teacher's classes");
    }
  }

  /** A teacher of the pupil's class this year. */
  private boolean teaches(Caller caller, PupilCard card) {
    return card.schoolClass() != null && scope.teaches(caller, card.schoolClass().id());
  }

  private AccessibilityProfile store(long accountId, AccessibilityProfile profile, Caller by) {
    StoredProfile stored =
        profiles.findById(accountId).orElseGet(() -> new StoredProfile(accountId));
    stored.update(profile, by.id(), time.now());
    profiles.save(stored);
    AccessibilityProfile saved = stored.toProfile();
    events.publishEvent(new ProfileChanged(accountId, saved, by.id()));
    // The person's open pages, on every node, apply it without a reload.
    live.publish(topic(accountId), CHANGED, by.id());
    return saved;
  }
}
