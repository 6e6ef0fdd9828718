package dev.atelier.server.design;

import dev.atelier.formats.print.ArtworkAttributes;
import dev.atelier.formats.print.PrintArea;
import dev.atelier.server.http.Echo;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.NumberRange;
import dev.atelier.server.http.NumberRanges;
import dev.atelier.server.http.Outcome;
import dev.atelier.server.http.Problem;
import dev.atelier.server.http.ProblemType;
import dev.atelier.server.upload.UploadFacts;
import dev.atelier.server.upload.UploadStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks the artwork references of a request ({@code artwork.<area>}: a known print area of the
 * product, an upload of the caller, a rotation of 0..359) and sets each area's artwork facts
 * ({@code <area>_px_w}, {@code _px_h}, {@code _colours}, {@code _photo}) from the stored upload,
 * replacing whatever the client decided for them: the engine then validates and prices with the
 * server's values. Thread-safe.
 */
public final class ArtworkFacts {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final NumberRange ROTATION = NumberRanges.of(ArtworkRef.class, "rotation");

  /** Most print areas one request may reference. */
  static final int MAX_AREAS = 16;

  /** Where the facts of uploads come from: {@link UploadStore#facts}. */
  @FunctionalInterface
  public interface Lookup {
    /**
     * The facts of upload {@code sha256} if one of {@code owners} uploaded it; with {@code owners}
     * null (references an order already checked), whoever uploaded it.
     */
    Optional<UploadFacts> facts(String sha256, @Nullable List<String> owners);
  }

  /** Knows no uploads: every reference is refused. */
  public static final ArtworkFacts NONE = new ArtworkFacts((sha, owners) -> Optional.empty());

  private final Lookup uploads;

  /** Facts read from {@code uploads}. */
  public ArtworkFacts(Lookup uploads) {
    this.uploads = uploads;
  }

  /** Facts read from the upload tables. */
  public ArtworkFacts(UploadStore uploads) {
    this(uploads::facts);
  }

  /**
   * A design with its artwork: the design with the facts set, and the references checked (area id
   * to reference, rotation filled in, by area id).
   */
  public record Placed(ResolvedDesign design, Map<String, ArtworkRef> artwork) {
    public Placed {
      artwork = java.util.Collections.unmodifiableMap(new TreeMap<>(artwork));
    }
  }

  /**
   * {@code artwork} (null for none) of {@code design} checked for a caller owning uploads as {@code
   * owners} (null: references of an order, checked when it was placed): the design with the facts
   * of each referenced area set, or a problem naming {@code artwork.<area>} (400 empty, 422 unknown
   * print area), {@code artwork.<area>.upload} (400 missing without a text, 422 {@code
   * unknown-upload}: not one of the caller's), {@code artwork.<area>.rotation} (422) or {@code
   * artwork.<area>.text.x} / {@code .y} (422: outside the safe area, or an area without text).
   */
  public Outcome<Placed> place(
      ResolvedDesign design,
      @Nullable Map<String, ArtworkRef> artwork,
      @Nullable List<String> owners) {
    if (artwork == null || artwork.isEmpty()) {
      return Outcome.ok(new Placed(design, Map.of()));
    }
    if (artwork.size() > MAX_AREAS) {
      return Outcome.rejected(
          Problem.badRequest("artwork", "at most " + MAX_AREAS + " print areas"));
    }
    List<PrintArea> areas = design.product().definition().printAreas();
    ResolvedDesign placed = design;
    Map<String, ArtworkRef> checked = new TreeMap<>();
    for (var e : artwork.entrySet()) {
      String field = "artwork." + e.getKey();
      Optional<PrintArea> area = areas.stream().filter(a -> a.id().equals(e.getKey())).findFirst();
      if (area.isEmpty()) {
        return Outcome.rejected(
            Problem.of(
                422,
                ProblemType.UNKNOWN_PRINT_AREA,
                "Unknown print area",
                "product '"
                    + design.product().product()
                    + "' has no print area '"
                    + e.getKey()
                    + "'; areas: "
                    + areas.stream().map(PrintArea::id).toList(),
                field));
      }
      ArtworkRef ref = e.getValue();
      Optional<Problem> missing =
          DesignResolver.missing(ref, field)
              .or(
                  () ->
                      ref.text() == null
                          ? DesignResolver.missing(ref.upload(), field + ".upload")
                          : Optional.empty());
      if (missing.isPresent()) {
        return Outcome.rejected(missing.get());
      }
      Optional<Problem> misplaced = TextPlacement.check(area.get(), ref.text(), field + ".text");
      if (misplaced.isPresent()) {
        return Outcome.rejected(misplaced.get());
      }
      String hash = ref.upload();
      if (hash == null) {
        checked.put(e.getKey(), new ArtworkRef(null, null, ref.text()));
        continue;
      }
      Optional<Problem> turned = NumberRanges.problem(ROTATION, ref.degrees(), field + ".rotation");
      if (turned.isPresent()) {
        return Outcome.rejected(turned.get());
      }
      Optional<UploadFacts> upload =
          SHA256.matcher(hash).matches() ? uploads.facts(hash, owners) : Optional.empty();
      if (upload.isEmpty()) {
        return Outcome.rejected(
            Problem.of(
                422,
                ProblemType.UNKNOWN_UPLOAD,
                "Unknown upload",
                "no upload '" + Echo.of(hash) + "' of yours",
                field + ".upload"));
      }
      placed = withFacts(placed, area.get(), upload.get());
      checked.put(e.getKey(), new ArtworkRef(hash, ref.degrees(), ref.text()));
    }
    return Outcome.ok(new Placed(placed, checked));
  }

  /** {@code design} with the facts of {@code area} set from {@code upload}. */
  static ResolvedDesign withFacts(ResolvedDesign design, PrintArea area, UploadFacts upload) {
    List<String[]> facts = new ArrayList<>();
    facts.add(
        new String[] {
          "px_w", Long.toString(ArtworkAttributes.pixelFact(upload.widthPx(), area.widthMm()))
        });
    facts.add(
        new String[] {
          "px_h", Long.toString(ArtworkAttributes.pixelFact(upload.heightPx(), area.heightMm()))
        });
    facts.add(
        new String[] {
          "colours", Long.toString(ArtworkAttributes.colourFact(upload.colours(), area))
        });
    facts.add(new String[] {"photo", Boolean.toString(upload.photo())});
    ResolvedDesign out = design;
    for (String[] f : facts) {
      String attribute = ArtworkAttributes.id(area, f[0]);
      Outcome<dev.atelier.engine.session.Decision> d =
          DesignResolver.decision(design.product(), attribute, f[1], "");
      if (d instanceof Outcome.Ok<dev.atelier.engine.session.Decision> ok) {
        out = out.with(ok.value());
      } else {
        throw new IllegalStateException("fact " + attribute + "=" + f[1] + " is not in the model");
      }
    }
    return out;
  }
}
