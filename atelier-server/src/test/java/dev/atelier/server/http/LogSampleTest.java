package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LogSampleTest {

  @Test
  void theFirstOfEveryThousandIsLoggedAcrossThreads() throws InterruptedException {
    LogSample sample = new LogSample(1000);
    AtomicInteger logged = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(
          new Thread(
              () -> {
                for (int k = 0; k < 625; k++) {
                  if (sample.next()) {
                    logged.incrementAndGet();
                  }
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(sample.seen()).isEqualTo(2500);
    assertThat(logged.get()).isEqualTo(3);
  }

  @Test
  void theVeryFirstEventIsLogged() {
    LogSample sample = new LogSample(1000);
    assertThat(sample.next()).isTrue();
    assertThat(sample.next()).isFalse();
  }

  @Test
  void everyOneLogsEverything() {
    LogSample sample = new LogSample(1);
    assertThat(List.of(sample.next(), sample.next(), sample.next())).containsOnly(true);
  }

  @Test
  void aSampleOfNothingIsRefused() {
    assertThatThrownBy(() -> new LogSample(0)).hasMessageContaining("every must be at least 1");
  }
}
