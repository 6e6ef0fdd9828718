package dev.atelier.server.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request body without holding a worker thread, then hands the request on: a slow sender
 * costs a connection and what it has sent in memory, never a thread. After a grace period a body
 * must keep arriving at the minimum data rate of {@link Limits} and be complete within its absolute
 * limit, else 408; a body longer than its limit without a declared length gets 413 (a declared
 * length over the limit is passed on for the route to refuse); the rest of a body over its limit is
 * read and dropped first, within bounds, so that the client reads the refusal ({@link BodyDrain}).
 * Artwork uploads ({@link AtelierServer#UPLOAD_PATH}) may be as large as {@link
 * AtelierServer#UPLOAD_BODY_LIMIT} and take {@link Limits.Uploads#deadline}. The bodies being read
 * together take at most {@link Limits#bodyMemory} bytes; a body that would take more is answered
 * 503. Clients that go away or fall behind are logged, one line per thousand of each kind ({@link
 * LogSample}). Thread-safe.
 */
final class BodyFirst extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(BodyFirst.class);

  /** The request attribute holding the body bytes read here (not to be changed by anyone). */
  static final String BODY = "dev.atelier.body";

  private final Limits limits;
  private final long bodyLimit;

  /** Bytes of the bodies being read or handled now, all requests together. */
  private final AtomicLong held = new AtomicLong();

  // One line per thousand of each kind: a crowd of slow or vanishing senders is an attack's shape.
  private final LogSample wentAway = new LogSample(1000);
  private final LogSample refused = new LogSample(1000);
  private final LogSample tooSlow = new LogSample(1000);

  BodyFirst(Limits limits, long bodyLimit, Handler next) {
    super(next);
    this.limits = limits;
    this.bodyLimit = bodyLimit;
  }

  /** Bytes held by bodies being read or handled now (for tests). */
  long held() {
    return held.get();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    boolean upload =
        "POST".equals(request.getMethod())
            && AtelierServer.UPLOAD_PATH.equals(request.getHttpURI().getPath());
    long limit = upload ? AtelierServer.UPLOAD_BODY_LIMIT : bodyLimit;
    long length = request.getLength();
    boolean chunked = length < 0 && request.getHeaders().contains("Transfer-Encoding", "chunked");
    if (length > limit) {
      BodyDrain.then(request, 0, () -> handOn(request, response, callback));
      return true;
    }
    if (length == 0 || (length < 0 && !chunked)) {
      return super.handle(request, response, callback);
    }
    Duration deadline = upload ? limits.uploads().deadline() : limits.bodyDeadline();
    new Loader(request, response, callback, length, limit, deadline).run();
    return true;
  }

  /** One body being read; the reader and the timer race for {@code done}. */
  private final class Loader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long limit;
    private final BodyPace pace;
    private byte[] body;
    private final AtomicLong received = new AtomicLong();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile @Nullable Scheduler.Task timer;

    Loader(
        Request request,
        Response response,
        Callback callback,
        long length,
        long limit,
        Duration deadline) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.limit = limit;
      // Nothing is allocated for what has not arrived: a declared 10 MiB costs nothing yet.
      this.body = new byte[(int) Math.min(length < 0 ? 1024 : length, 16 * 1024)];
      this.pace = BodyPace.start(limits, length, deadline);
    }

    private void schedule() {
      long nanos = Math.max(1_000_000L, pace.due(received.get()) - System.nanoTime());
      timer =
          request.getComponents().getScheduler().schedule(this::check, nanos, TimeUnit.NANOSECONDS);
    }

    private void cancelTimer() {
      Scheduler.Task t = timer;
      if (t != null) {
        t.cancel();
      }
    }

    /** Reads what has arrived; asks to be called again when more does. */
    @Override
    public void run() {
      while (!done.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          if (timer == null) {
            schedule(); // the common small body, all there with the headers, costs no timer
          }
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (finish()) {
            if (wentAway.next()) {
              LOG.info(
                  "client {} went away while sending {} {}: {} (first of up to 1000)",
                  Request.getRemoteAddr(request),
                  request.getMethod(),
                  request.getHttpURI().getPath(),
                  chunk.getFailure().toString());
            }
            callback.failed(chunk.getFailure());
          }
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        int n = bytes.remaining();
        if (received.get() + n > limit) {
          chunk.release();
          if (finish()) {
            BodyDrain.then(
                request,
                received.get() + n,
                () -> ProblemWriter.write(response, callback, Responses.tooLarge(limit), true));
          }
          return;
        }
        if (held.addAndGet(n) > limits.bodyMemory()) {
          held.addAndGet(-n);
          chunk.release();
          if (finish()) {
            if (refused.next()) {
              LOG.info(
                  "bodies being read hold {} bytes: refusing one more (first of up to 1000)",
                  held.get());
            }
            ProblemWriter.write(response, callback, busy(), true);
          }
          return;
        }
        append(bytes, n);
        chunk.release();
        if (chunk.isLast()) {
          if (done.compareAndSet(false, true)) {
            cancelTimer();
            dispatch();
          }
          return;
        }
      }
    }

    private void append(ByteBuffer bytes, int n) {
      int size = (int) received.get();
      if (size + n > body.length) {
        body = Arrays.copyOf(body, (int) Math.min(limit, Math.max(size + n, 2L * body.length)));
      }
      bytes.get(body, size, n);
      received.addAndGet(n);
    }

    /** Ends reading without handing the request on: the timer stops and the bytes are freed. */
    private boolean finish() {
      if (!done.compareAndSet(false, true)) {
        return false;
      }
      cancelTimer();
      held.addAndGet(-received.get());
      return true;
    }

    /** The timer: 408 when the client has fallen behind, else a check again when it may be. */
    private void check() {
      if (done.get()) {
        return;
      }
      if (System.nanoTime() < pace.due(received.get())) {
        schedule();
        return;
      }
      if (finish()) {
        if (tooSlow.next()) {
          LOG.info(
              "client {} sent {} {} too slowly ({} of {} bytes in {} ms; first of up to 1000)",
              Request.getRemoteAddr(request),
              request.getMethod(),
              request.getHttpURI().getPath(),
              received.get(),
              request.getLength(),
              pace.elapsedMillis());
        }
        ProblemWriter.write(response, callback, pace.late(), true);
      }
    }

    private void dispatch() {
      int size = (int) received.get();
      byte[] bytes = size == body.length ? body : Arrays.copyOf(body, size);
      body = bytes;
      Request whole = new BufferedRequest(request, bytes);
      whole.setAttribute(BODY, bytes); // for JsonBodies.bytes: no second read and copy
      handOn(whole, response, Callback.from(callback, () -> held.addAndGet(-size)));
    }
  }

  // Jetty's Handler.handle declares "throws Exception"; whatever it throws becomes its error
  // answer.
  @SuppressWarnings("checkstyle:IllegalCatch")
  private void handOn(Request request, Response response, Callback callback) {
    try {
      if (!getHandler().handle(request, response, callback)) {
        Response.writeError(request, response, callback, 404);
      }
    } catch (Exception e) {
      Response.writeError(request, response, callback, e);
    }
  }

  /** 503: the bodies being read take all the memory allowed for them. */
  private static Problem busy() {
    return Problem.of(
        503,
        ProblemType.BUSY,
        "The server is busy",
        "too many request bodies are arriving at once; try again in a moment",
        "body");
  }
}
