-- Customers' artwork, stored once by the SHA-256 of its cleaned bytes (re-encoded raster without
-- metadata, or sanitised SVG), with what the checks measured.
CREATE TABLE upload_blobs (
  sha256 VARCHAR(64) PRIMARY KEY,
  kind VARCHAR(8) NOT NULL,
  bytes BYTEA NOT NULL,
  size_bytes INT NOT NULL,
  width_px INT NOT NULL,
  height_px INT NOT NULL,
  colours INT NOT NULL,
  photo BOOLEAN NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Who uploaded which artwork: 'account:<id>' or 'visitor:<SHA-256 of the visitor cookie>'. A
-- customer reads an upload only through a row of their own.
CREATE TABLE upload_owners (
  sha256 VARCHAR(64) NOT NULL,
  owner VARCHAR(100) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (sha256, owner)
);
CREATE INDEX upload_owners_owner ON upload_owners (owner, created_at);
