package dev.atelier.formats.files;

import dev.atelier.formats.ModelFormat;
import dev.atelier.formats.ModelReader;
import dev.atelier.formats.dimacs.DimacsReader;
import dev.atelier.formats.featureide.FeatureIdeReader;
import dev.atelier.formats.sxfm.SxfmReader;
import dev.atelier.formats.uvl.UvlReader;
import dev.atelier.formats.xcsp.XcspReader;
import dev.atelier.formats.yaml.NativeFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@link ModelReader} reads which {@link ModelFormat}. Immutable and thread-safe; {@link
 * #with} returns a new registry.
 */
public final class ModelReaders {

  private static final ModelReaders STANDARD =
      none()
          .with(ModelFormat.XCSP, XcspReader::read)
          .with(ModelFormat.DIMACS, DimacsReader::read)
          .with(ModelFormat.UVL, UvlReader::read)
          .with(ModelFormat.FEATUREIDE_XML, FeatureIdeReader::read)
          .with(ModelFormat.SXFM, SxfmReader::read)
          .with(ModelFormat.NATIVE_YAML, NativeFormat::read)
          .with(ModelFormat.NATIVE_JSON, NativeFormat::read);

  private final Map<ModelFormat, ModelReader> readers;

  private ModelReaders(Map<ModelFormat, ModelReader> readers) {
    this.readers = Collections.unmodifiableMap(readers);
  }

  /** The readers shipped with Atelier. */
  public static ModelReaders standard() {
    return STANDARD;
  }

  /** A registry without readers. */
  public static ModelReaders none() {
    return new ModelReaders(new EnumMap<>(ModelFormat.class));
  }

  /** A copy of this registry in which {@code format} is read by {@code reader}. */
  public ModelReaders with(ModelFormat format, ModelReader reader) {
    Map<ModelFormat, ModelReader> copy = new EnumMap<>(ModelFormat.class);
    copy.putAll(readers);
    copy.put(format, reader);
    return new ModelReaders(copy);
  }

  /** The reader of {@code format}, if one is registered. */
  public Optional<ModelReader> reader(ModelFormat format) {
    return Optional.ofNullable(readers.get(format));
  }

  /** The formats that have a reader. */
  public Set<ModelFormat> formats() {
    return readers.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(readers.keySet()));
  }
}
