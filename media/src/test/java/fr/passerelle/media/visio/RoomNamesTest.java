package fr.passerelle.media.visio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoomNamesTest {

  @Test
  void namesAreLowerCaseValidAndDifferent() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String name = RoomNames.generate();
      assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT)).startsWith("classe-");
      assertThat(RoomNames.isValid(name)).isTrue();
      assertThat(seen.add(name)).isTrue();
    }
  }

  @Test
  void namesCarryAtLeast128RandomBits() {
    String random = RoomNames.generate().substring(RoomNames.PREFIX.length());
    assertThat(random.length() * 5).isGreaterThanOrEqualTo(128);
  }

  @Test
  void aNameWithPersonalDataOrUpperCaseIsNotAGeneratedOne() {
    assertThat(RoomNames.isValid("classe-ce1-ferry-durand")).isFalse();
    assertThat(RoomNames.isValid(RoomNames.generate().toUpperCase(Locale.ROOT))).isFalse();
    assertThat(RoomNames.isValid(null)).isFalse();
  }
}
