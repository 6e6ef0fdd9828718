-- Saved designs, reopened by their short id. A design names its product version (pinned: it
-- keeps that version after newer ones are published) and keeps the price it had when saved.
CREATE TABLE saved_designs (
  id VARCHAR(16) PRIMARY KEY,
  product VARCHAR(64) NOT NULL,
  version VARCHAR(64) NOT NULL,
  decisions TEXT NOT NULL,
  price TEXT NOT NULL,
  saved_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX saved_designs_product_version ON saved_designs (product, version);
