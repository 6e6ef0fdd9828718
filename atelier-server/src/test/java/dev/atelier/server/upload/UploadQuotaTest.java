package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.server.db.Database;
import dev.atelier.server.db.TestDatabases;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each owner keeps at most its quota of uploads and bytes, on H2 and PostgreSQL: the upload over it
 * is refused with nothing written, one the owner already has is always fine, and another owner has
 * their own quota.
 */
class UploadQuotaTest {
  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  private final UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT);

  private StoredUpload upload(int side) {
    return StoredUpload.of(
        (UploadVerdict.Accepted) checker.check(UploadCheckerTest.png(side, side, false), ""));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anOwnerOverTheQuotaIsRefusedAndNothingIsWritten(TestDatabases.Kind kind) {
    try (Database db = TestDatabases.fresh(kind)) {
      UploadStore store = new UploadStore(db, new UploadQuota(2, 100_000));
      StoredUpload first = upload(10);
      StoredUpload second = upload(11);
      StoredUpload third = upload(12);
      assertThat(store.save(first, "visitor:a", NOW)).isTrue();
      assertThat(store.save(second, "visitor:a", NOW)).isTrue();
      assertThat(store.save(third, "visitor:a", NOW)).isFalse();
      assertThat(store.find(third.sha256(), "visitor:a")).isEmpty();
      assertThat(store.facts(third.sha256(), null)).isEmpty();
      // Again what the owner has: fine. Someone else: their own quota.
      assertThat(store.save(first, "visitor:a", NOW)).isTrue();
      assertThat(store.save(third, "visitor:b", NOW)).isTrue();
      assertThat(store.find(third.sha256(), "visitor:b")).isPresent();

      UploadStore bytes = new UploadStore(db, new UploadQuota(100, first.bytes().length));
      assertThat(bytes.save(first, "visitor:c", NOW)).isTrue();
      assertThat(bytes.save(second, "visitor:c", NOW)).isFalse();
      assertThat(bytes.find(second.sha256(), "visitor:c")).isEmpty();
    }
  }
}
