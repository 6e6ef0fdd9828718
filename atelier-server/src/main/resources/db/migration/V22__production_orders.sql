-- Production orders (one per order line) and their routed operations. Status flows
-- queued -> started -> done (-> shipped for the production order).
CREATE TABLE production_order (
  id VARCHAR(64) PRIMARY KEY,
  order_id VARCHAR(64) NOT NULL,
  line_no INT NOT NULL,
  product VARCHAR(200) NOT NULL,
  version VARCHAR(200) NOT NULL,
  quantity BIGINT NOT NULL CHECK (quantity > 0),
  configuration TEXT NOT NULL,
  materials TEXT NOT NULL,
  promised_date DATE NOT NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('queued', 'started', 'done', 'shipped')),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (order_id, line_no)
);

CREATE TABLE production_operation (
  id VARCHAR(64) PRIMARY KEY,
  production_order VARCHAR(64) NOT NULL REFERENCES production_order (id),
  seq INT NOT NULL,
  operation VARCHAR(200) NOT NULL,
  label TEXT NOT NULL,
  work_centre VARCHAR(64) NOT NULL REFERENCES work_centre (id),
  minutes BIGINT NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('queued', 'started', 'done')),
  note TEXT,
  started_at TIMESTAMP WITH TIME ZONE,
  done_at TIMESTAMP WITH TIME ZONE,
  UNIQUE (production_order, seq)
);
CREATE INDEX production_operation_queue ON production_operation (work_centre, status, first_day);

-- The minutes each operation booked per day, so a schedule can be shown and released.
CREATE TABLE production_slot (
  operation VARCHAR(64) NOT NULL REFERENCES production_operation (id),
  work_centre VARCHAR(64) NOT NULL,
  work_day DATE NOT NULL,
  minutes INT NOT NULL CHECK (minutes > 0),
  PRIMARY KEY (operation, work_day)
);
