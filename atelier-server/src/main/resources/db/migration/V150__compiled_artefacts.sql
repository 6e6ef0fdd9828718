-- Compiled forms of published model versions (decision-DNNF or clique tree, engine Artefacts format),
-- stored once by the node that compiled them and loaded by every other node and after restarts.
-- outcome: ready (bytes hold the artefact), over-budget or too-large (bytes null: no node retries).
CREATE TABLE compiled_artefacts (
  product VARCHAR(200) NOT NULL,
  version VARCHAR(100) NOT NULL,
  model_hash VARCHAR(64) NOT NULL,
  kind VARCHAR(8) NOT NULL,
  format INT NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  bytes BYTEA,
  size_bytes BIGINT NOT NULL,
  compile_millis BIGINT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (product, version, model_hash, kind, format)
);
