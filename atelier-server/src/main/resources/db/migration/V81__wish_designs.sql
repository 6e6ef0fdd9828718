-- The design the shopper was making when they wished (JSON list of {attribute, value}), so the
-- department sees what they had chosen; NULL for wishes made without one.
ALTER TABLE wish ADD COLUMN design TEXT;
