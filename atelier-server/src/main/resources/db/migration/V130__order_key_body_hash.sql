-- The SHA-256 of the target and the exact body bytes of the request that claimed an idempotency key:
-- a retry with the very same bytes is answered from the row without parsing its body again (any other
-- retry is compared by request_hash, the canonical form, as before). Null for keys claimed earlier.
ALTER TABLE order_idempotency_keys ADD COLUMN body_hash VARCHAR(64);
