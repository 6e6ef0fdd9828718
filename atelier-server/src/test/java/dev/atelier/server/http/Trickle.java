package dev.atelier.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw sockets sending their request a few bytes at a time: each sends its head at once (possibly
 * nothing), then {@code drip} repeated, a few bytes a {@link #tick}, and notes how the server ended
 * it: an answer (its status) or a close without one. Non-blocking channels, so one thread drives
 * thousands. Not thread-safe: one thread calls everything.
 */
final class Trickle implements AutoCloseable {

  /** How the server ended the sockets so far: answered by status (408 and others) or closed. */
  record Ends(int answered408, int answeredOther, int closedUnanswered) {
    int all() {
      return answered408 + answeredOther + closedUnanswered;
    }
  }

  /** One slow socket: what it still has to send first, what it repeats, what came back. */
  private static final class Slow {
    final SocketChannel channel;
    final String kind;
    ByteBuffer head;
    final byte[] drip;
    int next;
    final ByteArrayOutputStream answer = new ByteArrayOutputStream();

    Slow(SocketChannel channel, String kind, byte[] head, byte[] drip) {
      this.channel = channel;
      this.kind = kind;
      this.head = ByteBuffer.wrap(head);
      this.drip = drip;
    }
  }

  private final int port;
  private final List<Slow> open = new ArrayList<>();
  private final List<String> endedKinds = new ArrayList<>();
  private int answered408;
  private int answeredOther;
  private int closedUnanswered;

  Trickle(int port) {
    this.port = port;
  }

  /**
   * Opens a socket from the local address {@code from}, sends {@code head} and afterwards {@code
   * drip} over and over; {@code kind} names it in {@link #ended}.
   */
  void open(String from, String kind, String head, String drip) {
    try {
      SocketChannel channel = SocketChannel.open();
      channel.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      channel.connect(new InetSocketAddress("127.0.0.1", port));
      channel.configureBlocking(false);
      Slow slow =
          new Slow(
              channel,
              kind,
              head.getBytes(StandardCharsets.ISO_8859_1),
              drip.getBytes(StandardCharsets.ISO_8859_1));
      open.add(slow);
      send(slow, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends {@code bytes} more of each socket's drip (after whatever of its head is still pending)
   * and collects what the server answered or closed; returns how many are still open.
   */
  int tick(int bytes) {
    List<Slow> ended = new ArrayList<>();
    for (Slow slow : open) {
      if (!read(slow) || !send(slow, bytes)) {
        ended.add(slow);
      }
    }
    open.removeAll(ended);
    return open.size();
  }

  /** The sockets still open. */
  int open() {
    return open.size();
  }

  /** How the ended sockets ended. */
  Ends ends() {
    return new Ends(answered408, answeredOther, closedUnanswered);
  }

  /** The kinds of the sockets ended so far, in the order they ended. */
  List<String> ended() {
    return List.copyOf(endedKinds);
  }

  /** Whether {@code slow} is still open after reading what arrived. */
  private boolean read(Slow slow) {
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    try {
      int n;
      while ((n = slow.channel.read(buffer)) > 0) {
        slow.answer.write(buffer.array(), 0, n);
        buffer.clear();
      }
      if (n < 0) {
        end(slow);
        return false;
      }
      if (slow.answer.size() > 0
          && slow.answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
        end(slow); // the answer's head is there: the server has decided
        return false;
      }
      return true;
    } catch (IOException e) {
      end(slow);
      return false;
    }
  }

  /** Whether {@code slow} is still open after sending up to {@code bytes} of its drip. */
  private boolean send(Slow slow, int bytes) {
    try {
      if (slow.head.hasRemaining()) {
        slow.channel.write(slow.head);
      }
      if (slow.head.hasRemaining() || bytes == 0) {
        return true;
      }
      byte[] some = new byte[bytes];
      for (int i = 0; i < bytes; i++) {
        some[i] = slow.drip[slow.next];
        slow.next = (slow.next + 1) % slow.drip.length;
      }
      slow.channel.write(ByteBuffer.wrap(some));
      return true;
    } catch (IOException e) {
      end(slow);
      return false;
    }
  }

  private void end(Slow slow) {
    String text = slow.answer.toString(StandardCharsets.ISO_8859_1);
    if (text.startsWith("HTTP/1.1 408")) {
      answered408++;
    } else if (text.startsWith("HTTP/1.1 ")) {
      answeredOther++;
    } else {
      closedUnanswered++;
    }
    endedKinds.add(slow.kind + (text.length() >= 12 ? " " + text.substring(9, 12) : " closed"));
    try {
      slow.channel.close();
    } catch (IOException e) {
      // gone already
    }
  }

  @Override
  public void close() {
    for (Slow slow : open) {
      try {
        slow.channel.close();
      } catch (IOException e) {
        // gone already
      }
    }
    open.clear();
  }
}
