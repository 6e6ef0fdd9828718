package dev.atelier.server.design;

import dev.atelier.engine.session.Decision;

/**
 * Told by the {@link DesignService} what happened on a design, once the answer is certain (as
 * {@code OrderPlacedListener} is for orders): the analytics count these. Called on the request's
 * thread after the engine work; implementations are thread-safe, quick and do not throw.
 */
public interface DesignListener {

  /** {@code decision} was accepted on {@code design} (the design before it). */
  void decided(DesignOrigin who, ResolvedDesign design, Decision decision);

  /**
   * A value was refused on {@code design} (decided, or asked about), explained by {@code why}
   * (naming the attribute, value, rules in the way and a repair).
   */
  void refused(DesignOrigin who, ResolvedDesign design, DesignJson.Explanation why);

  /** A repair was applied to {@code design}; {@code wanted} is its first step, the wanted value. */
  void repaired(DesignOrigin who, ResolvedDesign design, Decision wanted);

  /** {@code design} was completed. */
  void completed(DesignOrigin who, ResolvedDesign design);

  /** Listens to nothing. */
  DesignListener NONE =
      new DesignListener() {
        @Override
        public void decided(DesignOrigin who, ResolvedDesign design, Decision decision) {}

        @Override
        public void refused(DesignOrigin who, ResolvedDesign design, DesignJson.Explanation why) {}

        @Override
        public void repaired(DesignOrigin who, ResolvedDesign design, Decision wanted) {}

        @Override
        public void completed(DesignOrigin who, ResolvedDesign design) {}
      };
}
