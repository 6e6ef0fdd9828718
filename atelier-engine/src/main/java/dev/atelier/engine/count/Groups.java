package dev.atelier.engine.count;

/**
 * Items 0..n-1 grouped by a key in 0..k-1 (compressed rows): the items of group {@code g} are
 * {@code items[start[g]..start[g+1])}. Immutable after construction.
 */
final class Groups {
  final int[] start;
  final int[] items;

  /**
   * Groups item {@code i} under {@code key[i]} (keys in 0..groups-1; negative keys are left out).
   */
  Groups(int[] key, int count, int groups) {
    start = new int[groups + 1];
    for (int i = 0; i < count; i++) {
      if (key[i] >= 0) {
        start[key[i] + 1]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    items = new int[start[groups]];
    int[] fill = start.clone();
    for (int i = 0; i < count; i++) {
      if (key[i] >= 0) {
        items[fill[key[i]]++] = i;
      }
    }
  }
}
