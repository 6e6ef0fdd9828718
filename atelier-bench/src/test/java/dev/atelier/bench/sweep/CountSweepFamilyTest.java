package dev.atelier.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seeded instance sets {@link CountSweep} expands from a family shorthand. */
class CountSweepFamilyTest {

  @Test
  void theProductDocFamilySpansTheHeldBackSizes() {
    List<String> family = CountSweep.family("productdoc:35");
    assertThat(family).hasSize(35).doesNotHaveDuplicates();
    assertThat(family.get(0)).isEqualTo("gen:productdoc:vars=1400,seed=1");
    assertThat(family.get(34)).isEqualTo("gen:productdoc:vars=2000,seed=35");
  }
}
