package fr.passerelle.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTest {

  @Test
  void blackOnWhiteIsTwentyOne() {
    assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
    assertThat(Contrast.ratio("#fff", "#000")).isCloseTo(21.0, within(0.001));
  }

  @Test
  void sameColourIsOne() {
    assertThat(Contrast.ratio("#777777", "#777777")).isCloseTo(1.0, within(0.0001));
  }

  @Test
  void knownPairsMatchPublishedValues() {
    // WebAIM contrast checker: #767676 on white is 4.54:1, yellow on black is 19.56:1.
    assertThat(Contrast.ratio("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    assertThat(Contrast.ratio("#ffff00", "#000000")).isCloseTo(19.56, within(0.01));
  }

  @Test
  void rejectsWhatIsNotAColour() {
    assertThatThrownBy(() -> Contrast.ratio("red", "#000"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
