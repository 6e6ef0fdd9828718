-- Reusable customer data per product (e.g. body measurements for the jeans): attribute id -> value
-- id, checked against the product's attributes when saved.
CREATE TABLE profile_value (
  account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  product VARCHAR(100) NOT NULL,
  attribute VARCHAR(200) NOT NULL,
  val VARCHAR(200) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (account_id, product, attribute)
);
