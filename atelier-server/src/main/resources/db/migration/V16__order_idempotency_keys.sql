-- Idempotency keys of order requests. A key is claimed by inserting its row in the same transaction
-- as the order it creates, so concurrent requests with one key create exactly one order; the row
-- keeps a hash of the request and the exact response, answered again to a retry.
CREATE TABLE order_idempotency_keys (
  account_id BIGINT NOT NULL,
  idempotency_key VARCHAR(200) NOT NULL,
  request_hash VARCHAR(64) NOT NULL,
  order_id BIGINT REFERENCES orders (id),
  response_status INT,
  response TEXT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (account_id, idempotency_key)
);
