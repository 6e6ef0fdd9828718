-- A delivery that failed its allowed attempts is dead: no more retries until an admin asks for one.
-- series_start is the attempt count when the current series of attempts began (0, or at a retry).
ALTER TABLE webhook_delivery ADD COLUMN dead BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE webhook_delivery ADD COLUMN series_start INT DEFAULT 0 NOT NULL;
