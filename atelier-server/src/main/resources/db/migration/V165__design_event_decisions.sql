-- A refusal keeps the design's decisions at that moment (a JSON object, attribute to value), so the
-- studio can tell which recent refusals a draft would have let through.
ALTER TABLE design_event ADD COLUMN decisions VARCHAR(4000);
CREATE INDEX design_event_kind_time ON design_event (product, kind, occurred_at);
