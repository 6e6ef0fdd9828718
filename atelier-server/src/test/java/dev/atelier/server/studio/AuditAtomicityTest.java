package dev.atelier.server.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.server.catalogue.CatalogueAudit;
import dev.atelier.server.catalogue.CompiledModels;
import dev.atelier.server.catalogue.Drafts;
import dev.atelier.server.catalogue.ModelSource;
import dev.atelier.server.catalogue.ModelStore;
import dev.atelier.server.catalogue.StoredCatalogue;
import dev.atelier.server.catalogue.StoredVersion;
import dev.atelier.server.catalogue.UnableToAccessCatalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import dev.atelier.server.http.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A catalogue change and its audit entry land together or not at all: with the audit table made to
 * refuse one action (a check constraint, so the insert fails after the change's own update), the
 * publication, the end of the superseded version, the roll back, the source edit and a new draft
 * are all undone, and once the table accepts the entry again the same change goes through.
 */
@Tag("slow")
class AuditAtomicityTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aRefusedAuditEntryUndoesItsChange(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      ModelStore store = new ModelStore(db);
      Drafts drafts =
          new Drafts(
              new StoredCatalogue(store, Clock.fixed(NOW, ZoneOffset.UTC), new CompiledModels(4)),
              60_000);
      StoredVersion v1 = draft(drafts, "1");

      refuse(db, "publish");
      assertThatThrownBy(() -> drafts.publish(v1, NOW, "pm"))
          .isInstanceOf(UnableToAccessCatalogue.class);
      assertThat(store.find("kite", "1").orElseThrow().published()).isFalse();
      assertThat(audit(db)).isEmpty();
      accept(db);
      assertThat(drafts.publish(v1, NOW, "pm")).isInstanceOf(Outcome.Ok.class);
      assertThat(audit(db)).containsExactly("1 publish");

      // The end of the superseded version belongs to the publication of the next one.
      StoredVersion v2 = draft(drafts, "2");
      refuse(db, "end");
      Instant later = NOW.plusSeconds(3600);
      assertThatThrownBy(() -> drafts.publish(v2, later, "pm", s -> end(s, "1", later)))
          .isInstanceOf(UnableToAccessCatalogue.class);
      assertThat(store.find("kite", "2").orElseThrow().published()).isFalse();
      assertThat(store.publications().effectiveTo()).isEmpty();
      assertThat(audit(db)).containsExactly("1 publish");
      accept(db);
      assertThat(drafts.publish(v2, later, "pm", s -> end(s, "1", later)))
          .isInstanceOf(Outcome.Ok.class);
      assertThat(store.publications().effectiveTo()).containsOnlyKeys("kite\n1");
      assertThat(audit(db)).containsExactly("1 publish", "2 publish", "1 end");

      // A refused edit entry leaves the draft's source as it was.
      StoredVersion v3 = draft(drafts, "3");
      refuse(db, "edit");
      String edited = StudioApiTest.kite("3") + "# edited\n";
      CatalogueAudit edit = new CatalogueAudit("kite", "3", "edit", "comment", "pm", NOW);
      assertThatThrownBy(() -> drafts.save(v3, edited, edit))
          .isInstanceOf(UnableToAccessCatalogue.class);
      assertThat(store.find("kite", "3").orElseThrow().source().text())
          .isEqualTo(v3.source().text());
      accept(db);
      assertThat(drafts.save(v3, edited, edit)).isInstanceOf(Outcome.Ok.class);
      assertThat(store.find("kite", "3").orElseThrow().source().text()).isEqualTo(edited);
      assertThat(audit(db)).containsExactly("1 publish", "2 publish", "1 end", "3 edit");

      // A new draft and its "draft" entry land together (before session 17: the draft stayed).
      refuse(db, "draft");
      assertThatThrownBy(() -> drafts.create("yaml", StudioApiTest.kite("4"), "pm", this::started))
          .isInstanceOf(UnableToAccessCatalogue.class);
      assertThat(store.find("kite", "4")).isEmpty();
      accept(db);
      assertThat(drafts.create("yaml", StudioApiTest.kite("4"), "pm", this::started))
          .isInstanceOf(Outcome.Ok.class);
      assertThat(store.find("kite", "4")).isPresent();
      assertThat(audit(db)).containsExactly("1 publish", "2 publish", "1 end", "3 edit", "4 draft");
    }
  }

  private static StoredVersion draft(Drafts drafts, String version) {
    return ((Outcome.Ok<StoredVersion>) drafts.create("yaml", StudioApiTest.kite(version), "pm"))
        .value();
  }

  private CatalogueAudit started(ModelSource source) {
    return new CatalogueAudit(
        source.product(), source.version(), "draft", "started from version 3", "pm", NOW);
  }

  private static boolean end(ModelStore store, String version, Instant to) {
    store.publications().setEffectiveTo("kite", version, to);
    store.log(new CatalogueAudit("kite", version, "end", "superseded", "pm", NOW));
    return true;
  }

  private static void refuse(Database db, String action) {
    db.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "ALTER TABLE catalogue_audit ADD CONSTRAINT audit_refuses CHECK (action <> '"
                        + action
                        + "')"));
  }

  private static void accept(Database db) {
    db.jdbi()
        .useHandle(h -> h.execute("ALTER TABLE catalogue_audit DROP CONSTRAINT audit_refuses"));
  }

  /** The log oldest first, as "version action". */
  private static List<String> audit(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT version, action FROM catalogue_audit ORDER BY id")
                    .map((rs, ctx) -> rs.getString("version") + " " + rs.getString("action"))
                    .list());
  }
}
