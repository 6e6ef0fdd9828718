package dev.atelier.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * costs a connection and at most the body limit in memory, never a thread. A body must arrive
 * within {@link Limits#bodyTime} (a grace period plus a minimum data rate, at most an absolute
 * limit), else 408; a body longer than the limit without a declared length gets 413 (a declared
 * length over the limit is passed on unread, for the route to refuse). A client that goes away
 * meanwhile is logged in one line. Thread-safe.
 */
final class BodyFirst extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(BodyFirst.class);

  /** The request attribute holding the body bytes read here (not to be changed by anyone). */
  static final String BODY = "dev.atelier.body";

  private final Limits limits;
  private final long bodyLimit;

  BodyFirst(Limits limits, long bodyLimit, Handler next) {
    super(next);
    this.limits = limits;
    this.bodyLimit = bodyLimit;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    boolean chunked = length < 0 && request.getHeaders().contains("Transfer-Encoding", "chunked");
    if (length == 0 || (length < 0 && !chunked) || length > bodyLimit) {
      return super.handle(request, response, callback);
    }
    new Loader(request, response, callback, length).start();
    return true;
  }

  /** One body being read; the reader and the timer race for {@code done}. */
  private final class Loader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final ByteArrayOutputStream body;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile @Nullable Scheduler.Task timer;

    Loader(Request request, Response response, Callback callback, long length) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.body = new ByteArrayOutputStream(length < 0 ? 1024 : (int) length);
    }

    /**
     * Reads what has arrived; the timer starts only when the body has not all arrived with the
     * headers (the common small body costs no timer).
     */
    void start() {
      run();
    }

    private void startTimer() {
      long millis = limits.bodyTime(request.getLength()).toMillis();
      timer =
          request
              .getComponents()
              .getScheduler()
              .schedule(this::expire, millis, TimeUnit.MILLISECONDS);
    }

    private void cancelTimer() {
      if (timer != null) {
        timer.cancel();
      }
    }

    /** Reads what has arrived; asks to be called again when more does. */
    @Override
    public void run() {
      while (!done.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          if (timer == null) {
            startTimer();
          }
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (done.compareAndSet(false, true)) {
            cancelTimer();
            LOG.info(
                "client {} went away while sending {} {}: {}",
                Request.getRemoteAddr(request),
                request.getMethod(),
                request.getHttpURI().getPath(),
                chunk.getFailure().toString());
            callback.failed(chunk.getFailure());
          }
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        boolean last = chunk.isLast();
        if (body.size() + bytes.remaining() > bodyLimit) {
          chunk.release();
          if (done.compareAndSet(false, true)) {
            cancelTimer();
            ProblemWriter.write(response, callback, AtelierServer.tooLarge(bodyLimit), true);
          }
          return;
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        body.write(copy, 0, copy.length);
        chunk.release();
        if (last) {
          if (done.compareAndSet(false, true)) {
            cancelTimer();
            dispatch();
          }
          return;
        }
      }
    }

    private void expire() {
      if (done.compareAndSet(false, true)) {
        LOG.info(
            "client {} sent {} {} too slowly ({} of {} bytes in time)",
            Request.getRemoteAddr(request),
            request.getMethod(),
            request.getHttpURI().getPath(),
            body.size(),
            request.getLength());
        Problem late =
            Problem.of(
                408,
                "body-too-slow",
                "The body arrived too slowly",
                "send the body within " + limits.bodyTime(request.getLength()).toMillis() + " ms",
                "body");
        ProblemWriter.write(response, callback, late, true);
      }
    }

    // Jetty's Handler.handle declares "throws Exception"; whatever it throws becomes its error
    // answer.
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void dispatch() {
      byte[] bytes = body.toByteArray();
      Request whole = new BufferedRequest(request, bytes);
      whole.setAttribute(BODY, bytes); // for JsonBodies.bytes: no second read and copy
      try {
        if (!getHandler().handle(whole, response, callback)) {
          Response.writeError(request, response, callback, 404);
        }
      } catch (Exception e) {
        Response.writeError(request, response, callback, e);
      }
    }
  }

  /** A request whose body has been read already. */
  private static final class BufferedRequest extends Request.Wrapper {
    private Content.Chunk rest;

    BufferedRequest(Request request, byte[] body) {
      super(request);
      this.rest = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public synchronized Content.Chunk read() {
      Content.Chunk chunk = rest;
      rest = Content.Chunk.EOF;
      return chunk;
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }
  }
}
