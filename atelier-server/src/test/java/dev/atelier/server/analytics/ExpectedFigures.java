package dev.atelier.server.analytics;

import dev.atelier.formats.product.Department;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.designevents.DesignEvent;
import dev.atelier.server.designevents.EventKind;
import java.util.ArrayList;
import java.util.List;

/** The part of the stream about one product version, counted with plain loops. */
final class ExpectedFigures {
  final ProductVersion pv;
  final List<DesignEvent> events = new ArrayList<>();
  final List<EventStream.WishSpec> wishes = new ArrayList<>();

  ExpectedFigures(ProductVersion pv, EventStream stream) {
    this.pv = pv;
    for (DesignEvent e : stream.events) {
      if (e.product().equals(pv.product()) && e.version().equals(pv.version())) {
        events.add(e);
      }
    }
    for (EventStream.WishSpec w : stream.wishes) {
      if (w.product() == pv) {
        wishes.add(w);
      }
    }
  }

  long count(EventKind kind, String attribute, String value) {
    long n = 0;
    for (DesignEvent e : events) {
      if (e.kind() == kind && attribute.equals(e.attribute()) && value.equals(e.value())) {
        n++;
      }
    }
    return n;
  }

  /** The owner of {@code attribute}, else the first department. */
  static String department(ProductVersion pv, String attribute) {
    List<Department> all = pv.definition().departments().departments();
    for (Department d : all) {
      if (attribute != null && d.attributes().contains(attribute)) {
        return d.id();
      }
    }
    return all.get(0).id();
  }
}
