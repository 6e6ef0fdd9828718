package dev.atelier.server.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds what design sessions teach a {@link Recommender}, so that made-up sessions cannot turn the
 * recommendations (issue 13, item 7): one session weighs at most {@code perSession} (a completed
 * design: its undone decisions are scaled down with it), and the sessions of nobody signed in
 * together weigh at most {@code anonymousShare} of all the evidence (orders, saved designs, the
 * sessions of accounts and their own). With no other evidence at all they weigh at most one order
 * together: they still say something about a product nobody ordered, and the first order outweighs
 * them. Stateless.
 */
final class EvidenceCap {

  /** The share of the evidence anonymous design sessions may have at most. */
  static final double ANONYMOUS_SHARE = 0.25;

  private EvidenceCap() {}

  /**
   * The past designs of {@code sessions}, capped; {@code otherEvidence} is the weight of the orders
   * and saved designs learned from as well.
   */
  static List<PastDesign> capped(
      List<DesignTrails.Session> sessions,
      double otherEvidence,
      double perSession,
      double anonymousShare) {
    List<DesignTrails.Session> each = sessions.stream().map(s -> atMost(s, perSession)).toList();
    double named = otherEvidence;
    double anonymous = 0;
    for (DesignTrails.Session s : each) {
      if (s.anonymous()) {
        anonymous += s.weight();
      } else {
        named += s.weight();
      }
    }
    double allowed =
        named > 0 ? named * anonymousShare / (1 - anonymousShare) : LearningWeights.ORDER;
    double factor = anonymous > allowed ? allowed / anonymous : 1;
    List<PastDesign> out = new ArrayList<>();
    for (DesignTrails.Session s : each) {
      out.addAll(s.anonymous() ? scaled(s, factor).designs() : s.designs());
    }
    return out;
  }

  private static DesignTrails.Session atMost(DesignTrails.Session s, double cap) {
    double weight = s.weight();
    return weight > cap ? scaled(s, cap / weight) : s;
  }

  private static DesignTrails.Session scaled(DesignTrails.Session s, double factor) {
    if (factor >= 1) {
      return s;
    }
    return new DesignTrails.Session(
        s.anonymous(),
        s.designs().stream()
            .map(d -> new PastDesign(d.values(), d.complete(), d.weight() * factor))
            .toList());
  }
}
