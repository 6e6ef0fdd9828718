package dev.atelier.formats.check;

import dev.atelier.engine.model.Attribute;
import dev.atelier.engine.model.ModuleType;
import dev.atelier.engine.model.Slot;
import dev.atelier.formats.product.ModuleStructure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in a product's modular form between two versions: library imports (added, removed,
 * moved to another version), slots (added, removed, a new module or instance range) and module
 * types (added, removed, attributes added or removed). {@link ModelDiff} compares the unrolled
 * models, where a library change shows only as changed {@code drives[i].*} attributes; this names
 * the cause. Stateless and thread-safe.
 */
public final class ModuleDiff {

  private ModuleDiff() {}

  /** One line per change, in file order; empty when the modular forms agree. */
  public static List<String> compare(ModuleStructure before, ModuleStructure after) {
    List<String> lines = new ArrayList<>();
    imports(before, after, lines);
    slots(before, after, lines);
    modules(before, after, lines);
    return List.copyOf(lines);
  }

  private static void imports(ModuleStructure before, ModuleStructure after, List<String> out) {
    Map<String, ModuleStructure.Import> olds = byLibrary(before.imports());
    Map<String, ModuleStructure.Import> news = byLibrary(after.imports());
    for (ModuleStructure.Import n : news.values()) {
      ModuleStructure.Import o = olds.get(n.library());
      if (o == null) {
        out.add("import added: " + show(n));
      } else if (o.version() != n.version() || !o.modules().equals(n.modules())) {
        out.add("import changed: " + show(o) + " -> " + show(n));
      }
    }
    olds.values().stream()
        .filter(o -> !news.containsKey(o.library()))
        .forEach(o -> out.add("import removed: " + show(o)));
  }

  private static void slots(ModuleStructure before, ModuleStructure after, List<String> out) {
    Map<String, Slot> olds = byId(before.slots(), Slot::id);
    Map<String, Slot> news = byId(after.slots(), Slot::id);
    for (Slot n : news.values()) {
      Slot o = olds.get(n.id());
      if (o == null) {
        out.add("slot added: " + show(n));
      } else if (!show(o).equals(show(n))) {
        out.add("slot changed: " + show(o) + " -> " + show(n));
      }
    }
    olds.values().stream()
        .filter(o -> !news.containsKey(o.id()))
        .forEach(o -> out.add("slot removed: " + show(o)));
  }

  private static void modules(ModuleStructure before, ModuleStructure after, List<String> out) {
    Map<String, ModuleType> olds = allModules(before);
    Map<String, ModuleType> news = allModules(after);
    for (ModuleType n : news.values()) {
      ModuleType o = olds.get(n.id());
      if (o == null) {
        out.add("module added: " + n.id());
        continue;
      }
      List<String> oldIds = o.attributes().stream().map(Attribute::id).toList();
      List<String> newIds = n.attributes().stream().map(Attribute::id).toList();
      newIds.stream()
          .filter(id -> !oldIds.contains(id))
          .forEach(id -> out.add("module " + n.id() + ": attribute added: " + id));
      oldIds.stream()
          .filter(id -> !newIds.contains(id))
          .forEach(id -> out.add("module " + n.id() + ": attribute removed: " + id));
      if (o.constraints().size() != n.constraints().size()) {
        out.add(
            "module "
                + n.id()
                + ": rules "
                + o.constraints().size()
                + " -> "
                + n.constraints().size());
      }
    }
    olds.keySet().stream()
        .filter(id -> !news.containsKey(id))
        .forEach(id -> out.add("module removed: " + id));
  }

  /** Every module type the product uses: in its slots (nested ones too) and defined in the file. */
  private static Map<String, ModuleType> allModules(ModuleStructure structure) {
    Map<String, ModuleType> modules = new LinkedHashMap<>();
    structure.slots().forEach(s -> collect(s.module(), modules));
    structure.defined().forEach(m -> collect(m, modules));
    return modules;
  }

  private static void collect(ModuleType module, Map<String, ModuleType> into) {
    if (into.putIfAbsent(module.id(), module) == null) {
      module.slots().forEach(s -> collect(s.module(), into));
    }
  }

  private static Map<String, ModuleStructure.Import> byLibrary(List<ModuleStructure.Import> list) {
    return byId(list, ModuleStructure.Import::library);
  }

  private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.putIfAbsent(Objects.requireNonNull(id.apply(i)), i));
    return map;
  }

  private static String show(ModuleStructure.Import i) {
    return i.library() + " v" + i.version() + " " + i.modules();
  }

  private static String show(Slot s) {
    return s.id()
        + " ("
        + s.module().id()
        + ", "
        + s.min()
        + ".."
        + s.max()
        + (s.interchangeable() ? ", interchangeable" : "")
        + ")";
  }
}
