package fr.passerelle.app.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Font;
import fr.passerelle.accessibility.profile.Preset;
import fr.passerelle.accessibility.profile.Theme;
import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.profile.internal.StoredProfile;
import fr.passerelle.app.profile.internal.StoredProfileRepository;
import fr.passerelle.app.territory.ScopeDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Who may read and change which profile, on PostgreSQL and H2 with the demo data. */
@PasserelleTest
@BothDatabases
@RecordApplicationEvents
class ProfileServiceTest {

  @Autowired ProfileService profiles;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;
  @Autowired StoredProfileRepository repository;
  DemoAccounts demo;
  long hugo;
  AccessibilityProfile hugoBefore;

  @BeforeEach
  void remember() {
    demo = new DemoAccounts(jdbc);
    hugo = demo.account("hugo.nguyen");
    hugoBefore = profiles.of(hugo);
  }

  @AfterEach
  void restoreHugo() {
    StoredProfile stored = repository.findById(hugo).orElseThrow();
    stored.update(hugoBefore, stored.getUpdatedBy(), stored.getUpdatedAt());
    repository.save(stored);
  }

  @Test
  void theLowVisionPupilStartsInYellowOnBlackAtOneHundredAndSeventyFivePercent() {
    AccessibilityProfile lea = profiles.of(demo.account("lea.martin"));
    assertThat(lea.theme()).isEqualTo(Theme.YELLOW_ON_BLACK);
    assertThat(lea.textSize()).isEqualTo(175);
    assertThat(lea.font()).isEqualTo(Font.ATKINSON_HYPERLEGIBLE);
  }

  @Test
  @WithUserDetails("enseignant.bergson.cm1")
  void anyoneChangesTheirOwnProfileAndKeepsIt() {
    assertThat(profiles.mine()).isEqualTo(AccessibilityProfile.defaults());
    profiles.updateMine(p -> p.toBuilder().theme(Theme.HIGH_CONTRAST_DARK).build());
    // A second change elsewhere (the toolbar after the settings view) keeps the first one.
    profiles.updateMine(p -> p.toBuilder().textSize(150).build());
    assertThat(profiles.mine().theme()).isEqualTo(Theme.HIGH_CONTRAST_DARK);
    assertThat(profiles.mine().textSize()).isEqualTo(150);
    assertThat(events.stream(ProfileChanged.class)).hasSize(2);
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void theTeacherPreparesAPupilsProfileAndItIsAudited() {
    // As if Hugo had turned dwell click on himself.
    jdbc.sql("update accessibility_profile set dwell_click = true where account_id = ?")
        .param(hugo)
        .update();
    PupilProfile view = profiles.ofPupil(hugo);
    assertThat(view.editable()).isTrue();
    assertThat(view.suggested()).containsExactly(Preset.BLINDNESS_SCREEN_READER);
    assertThat(view.updatedBy()).isEqualTo("Amélie Durand");

    long audited = demo.auditCount("PROFILE_CHANGED", "enseignante.ferry", "pupil:" + hugo);
    AccessibilityProfile after = profiles.applyPreset(hugo, Preset.DYSLEXIA);
    assertThat(after.font()).isEqualTo(Font.OPEN_DYSLEXIC);
    assertThat(after.dwellClick()).as("the pupil's own setting stays").isTrue();
    assertThat(after.reducedMotion()).as("the earlier preset stays").isTrue();
    profiles.updateForPupil(hugo, p -> p.toBuilder().textSize(150).build());
    assertThat(profiles.of(hugo).textSize()).isEqualTo(150);
    assertThat(demo.auditCount("PROFILE_CHANGED", "enseignante.ferry", "pupil:" + hugo))
        .isEqualTo(audited + 2);
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentsSeeTheirChildsProfileButDoNotChangeItNorAnotherChilds() {
    PupilProfile lea = profiles.ofPupil(demo.account("lea.martin"));
    assertThat(lea.editable()).isFalse();
    assertThat(lea.profile().theme()).isEqualTo(Theme.YELLOW_ON_BLACK);
    assertThatThrownBy(() -> profiles.updateForPupil(hugo, p -> AccessibilityProfile.defaults()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> profiles.ofPupil(hugo)).isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  @WithUserDetails("referent.ferry")
  void aTeacherOfAnotherClassMayNotChangeThePupilsProfile() {
    long before = demo.auditCount("ACCESS_DENIED", "referent.ferry", "pupil:" + hugo);
    assertThatThrownBy(() -> profiles.applyPreset(hugo, Preset.HEARING))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", "referent.ferry", "pupil:" + hugo))
        .isGreaterThan(before);
    assertThat(profiles.of(hugo)).isEqualTo(hugoBefore);
  }

  @Test
  @WithUserDetails("directrice.ferry")
  void theDirectorSeesButDoesNotChange() {
    assertThat(profiles.ofPupil(hugo).editable()).isFalse();
    assertThatThrownBy(() -> profiles.applyPreset(hugo, Preset.HEARING))
        .isInstanceOf(AccessDeniedException.class);
  }
}
