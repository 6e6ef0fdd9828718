-- Print files due (issue 17): the order's transaction records one row per production order and
-- print area with artwork; PrintJobWorker renders it after the commit, stores the files by hash
-- and attaches them. A row is claimed with a lease (claim, next_attempt_ms), retried with backoff
-- and dead with its reason after its attempts are spent.
CREATE TABLE print_job (
  production_order VARCHAR(64) NOT NULL REFERENCES production_order (id),
  area VARCHAR(64) NOT NULL,
  order_id VARCHAR(64) NOT NULL,
  product VARCHAR(200) NOT NULL,
  version VARCHAR(200) NOT NULL,
  upload VARCHAR(64) NOT NULL,
  x_mm INT NOT NULL,
  y_mm INT NOT NULL,
  width_mm INT NOT NULL,
  height_mm INT NOT NULL,
  rotation INT NOT NULL,
  status VARCHAR(8) NOT NULL CHECK (status IN ('due', 'done', 'dead')),
  attempts INT NOT NULL,
  next_attempt_ms BIGINT NOT NULL,
  claim VARCHAR(64),
  last_error VARCHAR(500),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (production_order, area)
);
CREATE INDEX print_job_due ON print_job (status, next_attempt_ms);
