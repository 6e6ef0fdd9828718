package dev.atelier.server.analytics;

import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.DesignEventStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records design events off the request threads: {@link #record} only puts the event in a bounded
 * queue (dropping and counting it when the queue is full, so a slow database never slows a design
 * route down); one writer thread, started with the first event, stores them in batches. Close it
 * after the server stops and before the database closes. Thread-safe.
 */
public final class DesignEventRecorder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DesignEventRecorder.class);

  /** Largest number of events written in one batch. */
  static final int BATCH = 500;

  private sealed interface Item permits Event, Flush, Stop {}

  private record Event(DesignEvent event) implements Item {}

  private record Flush(CountDownLatch done) implements Item {}

  private record Stop() implements Item {}

  private final DesignEventStore store;
  private final BlockingQueue<Item> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Thread writer;
  private final AtomicBoolean started = new AtomicBoolean();

  /** A recorder writing to {@code store}, holding at most {@code capacity} unwritten events. */
  public DesignEventRecorder(DesignEventStore store, int capacity) {
    this.store = store;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.writer = new Thread(this::run, "atelier-design-events");
    writer.setDaemon(true);
  }

  /** Starts the writer on the first event, so that a recorder never used holds no thread. */
  private void start() {
    if (!started.get() && started.compareAndSet(false, true)) {
      writer.start();
    }
  }

  /** Queues {@code event}; false (and counted as dropped) when the queue is full or closed. */
  public boolean record(DesignEvent event) {
    start();
    if (!writer.isAlive() || !queue.offer(new Event(event))) {
      dropped.incrementAndGet();
      return false;
    }
    return true;
  }

  /** Queues every event of {@code events}; the number accepted. */
  public int recordAll(List<DesignEvent> events) {
    int accepted = 0;
    for (DesignEvent e : events) {
      accepted += record(e) ? 1 : 0;
    }
    return accepted;
  }

  /** Events dropped because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Events lost because the database refused a batch. */
  public long failed() {
    return failed.get();
  }

  /** Waits until every event queued before this call is written (or failed). */
  public void flush() {
    if (!writer.isAlive()) {
      return;
    }
    CountDownLatch done = new CountDownLatch(1);
    try {
      queue.put(new Flush(done));
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is queued and stops the writer. */
  @Override
  public void close() {
    if (!writer.isAlive()) {
      return;
    }
    try {
      queue.put(new Stop());
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    List<DesignEvent> batch = new ArrayList<>();
    while (true) {
      Item first;
      try {
        first = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      List<Item> items = new ArrayList<>();
      items.add(first);
      queue.drainTo(items, BATCH - 1);
      for (Item item : items) {
        if (item instanceof Event e) {
          batch.add(e.event());
          continue;
        }
        write(batch);
        if (item instanceof Flush f) {
          f.done().countDown();
        } else {
          return;
        }
      }
      write(batch);
    }
  }

  private void write(List<DesignEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<DesignEvent> storable = batch.stream().filter(DesignEvent::storable).toList();
    if (storable.size() < batch.size()) {
      failed.addAndGet(batch.size() - storable.size());
      LOG.warn("refused {} design events that do not fit a row", batch.size() - storable.size());
    }
    batch.clear();
    try {
      store.insert(storable);
    } catch (RuntimeException e) {
      // One bad row must not take the others down: write them one by one, losing only the bad.
      int lost = 0;
      for (DesignEvent event : storable) {
        try {
          store.insert(List.of(event));
        } catch (RuntimeException one) {
          lost++;
        }
      }
      failed.addAndGet(lost);
      LOG.warn("lost {} of {} design events: {}", lost, storable.size(), e.getMessage());
    }
  }
}
