package dev.atelier.formats.product;

import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.Slot;
import java.util.List;
import java.util.Objects;

/**
 * The modular form a native file was written in, kept beside the flat model the engine compiles so
 * that the file can be written again as module types, slots and library imports. Immutable and
 * thread-safe.
 *
 * @param slots the product's slots, in file order (their modules, nested ones included, hold the
 *     module definitions)
 * @param defined the module types the file itself defines, in file order
 * @param imports the library imports, in file order
 */
public record ModuleStructure(List<Slot> slots, List<ModuleType> defined, List<Import> imports) {

  /** A flat product: no modules. */
  public static final ModuleStructure NONE = new ModuleStructure(List.of(), List.of(), List.of());

  public ModuleStructure {
    slots = List.copyOf(slots);
    defined = List.copyOf(defined);
    imports = List.copyOf(imports);
  }

  /** Whether the product has no modules, slots or imports. */
  public boolean isEmpty() {
    return slots.isEmpty() && defined.isEmpty() && imports.isEmpty();
  }

  /**
   * One {@code imports} item.
   *
   * @param library library name ({@code parts})
   * @param version library version
   * @param modules ids of the imported module types, in file order
   */
  public record Import(String library, int version, List<String> modules) {
    public Import {
      Objects.requireNonNull(library, "library");
      modules = List.copyOf(modules);
    }
  }
}
