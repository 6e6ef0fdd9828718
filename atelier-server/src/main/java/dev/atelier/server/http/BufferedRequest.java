package dev.atelier.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** A request whose body {@link BodyFirst} has read already: one chunk, then the end. */
final class BufferedRequest extends Request.Wrapper {
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
