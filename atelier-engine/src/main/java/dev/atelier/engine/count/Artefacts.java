package dev.atelier.engine.count;

import dev.atelier.engine.cnf.Cnf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A compact, versioned binary form of a compiled model ({@link DecisionDnnf} or {@link
 * CliqueTree}), to store once and load on other nodes instead of compiling again. Layout: the magic
 * {@code ATLA}, the format version, the kind, the model hash it was compiled from, the payload's
 * length, the payload (varints) deflated, and a CRC-32 of all that. Reading never throws: a
 * corrupt, truncated or foreign artefact is {@link ArtefactRead.Rejected}. Stateless and
 * thread-safe.
 */
public final class Artefacts {
  /** The format version written; artefacts of other versions are rejected. */
  public static final int FORMAT = 1;

  /** Largest payload accepted on reading (before any allocation it would cause). */
  public static final int MAX_PAYLOAD_BYTES = 512 * 1024 * 1024;

  private static final byte[] MAGIC = {'A', 'T', 'L', 'A'};

  /** What an artefact holds. */
  public enum Kind {
    DNNF,
    TREE
  }

  private Artefacts() {}

  /** The hash of the clauses an artefact is compiled from (SHA-256, hex). */
  public static String hashOf(Cnf cnf) {
    BinaryOut out = new BinaryOut();
    out.uint(cnf.numVars());
    out.uint(cnf.clauses().length);
    for (int[] clause : cnf.clauses()) {
      out.sints(clause);
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** {@code dnnf} compiled from the model with {@code modelHash}, as bytes. */
  public static byte[] write(DecisionDnnf dnnf, String modelHash) {
    BinaryOut payload = new BinaryOut();
    DnnfForm.write(dnnf, payload);
    return frame(Kind.DNNF, modelHash, payload.toByteArray());
  }

  /** {@code tree} compiled from the model with {@code modelHash}, as bytes. */
  public static byte[] write(CliqueTree tree, String modelHash) {
    BinaryOut payload = new BinaryOut();
    TreeForm.write(tree, payload);
    return frame(Kind.TREE, modelHash, payload.toByteArray());
  }

  /** The DNNF in {@code bytes} if they hold one of this format for {@code modelHash}. */
  public static ArtefactRead<DecisionDnnf> readDnnf(byte[] bytes, String modelHash) {
    return read(bytes, Kind.DNNF, modelHash, DnnfForm::read);
  }

  /** The clique tree in {@code bytes} if they hold one of this format for {@code modelHash}. */
  public static ArtefactRead<CliqueTree> readTree(byte[] bytes, String modelHash) {
    return read(bytes, Kind.TREE, modelHash, TreeForm::read);
  }

  private static byte[] frame(Kind kind, String modelHash, byte[] raw) {
    BinaryOut out = new BinaryOut();
    out.raw(MAGIC);
    out.uint(FORMAT);
    out.uint(kind.ordinal());
    byte[] hash = modelHash.getBytes(StandardCharsets.UTF_8);
    out.uint(hash.length);
    out.raw(hash);
    out.uint(raw.length);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    deflater.setInput(raw);
    deflater.finish();
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      packed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    out.raw(packed.toByteArray());
    byte[] body = out.toByteArray();
    long crc = crc(body, body.length);
    byte[] framed = Arrays.copyOf(body, body.length + 4);
    for (int i = 0; i < 4; i++) {
      framed[body.length + i] = (byte) (crc >>> (24 - 8 * i));
    }
    return framed;
  }

  private static <T> ArtefactRead<T> read(
      byte[] bytes, Kind kind, String modelHash, Function<BinaryIn, T> form) {
    if (bytes == null
        || bytes.length < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return new ArtefactRead.Rejected<>("not an artefact (no magic)");
    }
    int end = bytes.length - 4;
    if (end < MAGIC.length) {
      return new ArtefactRead.Rejected<>("truncated");
    }
    long crc = 0;
    for (int i = 0; i < 4; i++) {
      crc = (crc << 8) | (bytes[end + i] & 0xff);
    }
    if (crc(bytes, end) != crc) {
      return new ArtefactRead.Rejected<>("checksum mismatch (truncated or corrupt)");
    }
    try {
      BinaryIn in = new BinaryIn(Arrays.copyOfRange(bytes, MAGIC.length, end));
      int format = in.uint();
      if (format != FORMAT) {
        return new ArtefactRead.Rejected<>("format " + format + ", expected " + FORMAT);
      }
      int k = in.uint();
      if (k != kind.ordinal()) {
        return new ArtefactRead.Rejected<>("holds another kind than " + kind);
      }
      String stored = new String(in.raw(in.length()), StandardCharsets.UTF_8);
      if (!stored.equals(modelHash)) {
        return new ArtefactRead.Rejected<>("compiled from another model (" + stored + ")");
      }
      int length = in.upTo(MAX_PAYLOAD_BYTES, "payload length");
      byte[] packed = in.rest();
      if (length > 1032L * packed.length + 64) {
        // Deflate expands at most about 1032 to 1: a larger length is corrupt (and would
        // allocate for nothing).
        return new ArtefactRead.Rejected<>("the payload length does not fit its bytes");
      }
      byte[] raw = inflate(packed, length);
      if (raw == null) {
        return new ArtefactRead.Rejected<>("the payload is truncated or corrupt");
      }
      BinaryIn payload = new BinaryIn(raw);
      T value = form.apply(payload);
      if (!payload.atEnd()) {
        return new ArtefactRead.Rejected<>("bytes left after the payload");
      }
      return new ArtefactRead.Loaded<>(value);
    } catch (BinaryIn.Malformed e) {
      return new ArtefactRead.Rejected<>("malformed: " + e.getMessage());
    } catch (RuntimeException | OutOfMemoryError e) {
      // A payload that passed the checksum and the range checks but still does not fit together.
      return new ArtefactRead.Rejected<>("inconsistent: " + e);
    }
  }

  /** Exactly {@code length} bytes inflated from {@code packed}, or null. */
  private static byte[] inflate(byte[] packed, int length) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(packed);
      byte[] raw = new byte[length];
      int done = 0;
      while (done < length) {
        int n = inflater.inflate(raw, done, length - done);
        if (n == 0
            && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          return null;
        }
        done += n;
      }
      byte[] probe = new byte[1];
      if (inflater.inflate(probe) != 0 || !inflater.finished() || inflater.getRemaining() != 0) {
        return null;
      }
      return raw;
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }
}
