package dev.atelier.cli;

import dev.atelier.server.ApiWiring;
import dev.atelier.server.AtelierApi;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.events.OutboxDispatcher;
import dev.atelier.server.events.RetryPolicy;
import dev.atelier.server.events.WebhookTargets;
import dev.atelier.server.http.AtelierServer;
import dev.atelier.server.printfile.PrintJobWorker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * What {@code atelier serve} runs on an open database: the HTTP server, the webhook outbox
 * dispatcher and the print-job workers. {@link #close()} stops them and closes the database.
 */
final class RunningServer implements AutoCloseable {

  private final Database database;
  private final AtelierServer server;
  private final OutboxDispatcher dispatcher;
  private final PrintJobWorker printJobs;

  private RunningServer(
      Database database,
      AtelierServer server,
      OutboxDispatcher dispatcher,
      PrintJobWorker printJobs) {
    this.database = database;
    this.server = server;
    this.dispatcher = dispatcher;
    this.printJobs = printJobs;
  }

  /**
   * Starts the server as {@code wiring} says, the dispatcher and {@code renderThreads} renderers.
   */
  static RunningServer start(
      ApiWiring wiring, StoredCatalogue catalogue, WebhookTargets targets, int renderThreads) {
    Database database = wiring.database();
    AtelierServer server = AtelierApi.start(wiring);
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            database.jdbi(),
            targets,
            RetryPolicy.DEFAULT,
            Clock.systemUTC(),
            Duration.ofSeconds(10));
    dispatcher.start(Duration.ofSeconds(1));
    PrintJobWorker printJobs =
        new PrintJobWorker(database.jdbi(), catalogue, Clock.systemUTC(), renderThreads);
    printJobs.start(Duration.ofSeconds(1));
    return new RunningServer(database, server, dispatcher, printJobs);
  }

  /** The port the server listens on. */
  int port() {
    return server.port();
  }

  /**
   * Blocks until the process is stopped (its shutdown hook closes this) or the thread interrupted.
   */
  void runUntilStopped() {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  close();
                  stopped.countDown();
                }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
    }
  }

  @Override
  public void close() {
    printJobs.close();
    dispatcher.close();
    server.close();
    database.close();
  }
}
