-- Print-ready files made at order time, stored once by the SHA-256 of their bytes.
CREATE TABLE print_files (
  sha256 VARCHAR(64) PRIMARY KEY,
  format VARCHAR(8) NOT NULL CHECK (format IN ('png', 'pdf')),
  bytes BYTEA NOT NULL,
  size_bytes INT NOT NULL,
  width_px INT NOT NULL,
  height_px INT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Which production order needs which file: one PNG and one PDF per print area with artwork.
CREATE TABLE production_print_files (
  production_order VARCHAR(64) NOT NULL REFERENCES production_order (id),
  area VARCHAR(64) NOT NULL,
  format VARCHAR(8) NOT NULL,
  sha256 VARCHAR(64) NOT NULL REFERENCES print_files (sha256),
  PRIMARY KEY (production_order, area, format)
);
