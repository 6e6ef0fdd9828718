-- The customer's artwork per print area (JSON object: area id to {"upload": sha256, "rotation":
-- degrees}); null when the design has none, so orders without artwork write nothing more.
ALTER TABLE orders ADD COLUMN artwork TEXT;
ALTER TABLE saved_designs ADD COLUMN artwork TEXT;
