package dev.atelier.server.account;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Measures one password check at the standard and the cheap setting (not a test): CPU time of the
 * checking thread, which a loaded machine does not inflate, and wall time. Run with {@code java -cp
 * <test classpath> dev.atelier.server.account.PasswordHashCost}.
 */
public final class PasswordHashCost {

  private PasswordHashCost() {}

  /** Prints median, minimum and maximum of 30 checks after 10 warm-up hashes per setting. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (PasswordHasher hasher :
        new PasswordHasher[] {PasswordHasher.standard(), PasswordHasher.cheap()}) {
      for (int i = 0; i < 10; i++) {
        hasher.hash("warm-up password");
      }
      String hash = hasher.hash("measured password");
      int n = 30;
      long[] cpu = new long[n];
      long[] wall = new long[n];
      for (int i = 0; i < n; i++) {
        long c = threads.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        hasher.verify("measured password", hash);
        cpu[i] = threads.getCurrentThreadCpuTime() - c;
        wall[i] = System.nanoTime() - w;
      }
      Arrays.sort(cpu);
      Arrays.sort(wall);
      System.out.printf(
          "%s: CPU median %.1f ms (min %.1f, max %.1f); wall median %.1f ms (min %.1f)%n",
          hasher,
          cpu[n / 2] / 1e6,
          cpu[0] / 1e6,
          cpu[n - 1] / 1e6,
          wall[n / 2] / 1e6,
          wall[0] / 1e6);
    }
  }
}
