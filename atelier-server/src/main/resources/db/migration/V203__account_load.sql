-- The minutes each account's open (not done) operations hold per day and work centre, kept in the
-- order's transaction (AccountLoad.hold) and released when an operation is done (AccountLoad.release),
-- so checking an account's capacity share reads its rows from today on instead of joining all its
-- orders' slots (whose cost grew with the account's history). Rows of past days stay; they are
-- never read (the primary key leads with the account and the day).
CREATE TABLE account_load (
  account_id BIGINT NOT NULL,
  work_day DATE NOT NULL,
  work_centre VARCHAR(64) NOT NULL,
  held_minutes BIGINT NOT NULL CHECK (held_minutes >= 0),
  PRIMARY KEY (account_id, work_day, work_centre)
);

INSERT INTO account_load (account_id, work_day, work_centre, held_minutes)
SELECT o.account_id, s.work_day, s.work_centre, SUM(s.minutes)
FROM production_slot s
JOIN production_operation op ON op.id = s.operation
JOIN production_order po ON po.id = op.production_order
JOIN orders o ON CAST(o.id AS VARCHAR(64)) = po.order_id
WHERE op.status <> 'done'
GROUP BY o.account_id, s.work_day, s.work_centre;
