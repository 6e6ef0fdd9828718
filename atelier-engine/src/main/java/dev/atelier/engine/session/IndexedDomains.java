package dev.atelier.engine.session;

import dev.atelier.engine.cnf.VariableMap;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The valid domains of all attributes as an unmodifiable map in model order, backed by an array and
 * the model's own attribute index: building one costs an array, not a hash map of every attribute
 * (large models have tens of thousands). Immutable and thread-safe.
 */
final class IndexedDomains extends AbstractMap<String, AttributeDomain> {
  private final VariableMap vars;
  private final AttributeDomain[] domains;

  /** {@code domains[i]} is the domain of attribute {@code i}; the array is not copied. */
  IndexedDomains(VariableMap vars, AttributeDomain[] domains) {
    this.vars = vars;
    this.domains = domains;
  }

  @Override
  public AttributeDomain get(Object key) {
    if (!(key instanceof String id)) {
      return null;
    }
    int i = vars.indexOf(id);
    return i < 0 ? null : domains[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return domains.length;
  }

  @Override
  public Set<Map.Entry<String, AttributeDomain>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, AttributeDomain>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < domains.length;
          }

          @Override
          public Map.Entry<String, AttributeDomain> next() {
            if (next >= domains.length) {
              throw new NoSuchElementException();
            }
            AttributeDomain d = domains[next++];
            return new AbstractMap.SimpleImmutableEntry<>(d.attribute(), d);
          }
        };
      }

      @Override
      public int size() {
        return domains.length;
      }
    };
  }
}
