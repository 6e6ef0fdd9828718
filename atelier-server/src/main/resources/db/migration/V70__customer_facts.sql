-- Customer facts shared across products (one profile per account): profile key ("waist",
-- "inside-leg", "shoe-size") -> a whole number in the unit the models use (cm, EU size). A model
-- declares which profile key feeds which of its attributes.
CREATE TABLE customer_fact (
  account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  fact VARCHAR(100) NOT NULL,
  val VARCHAR(50) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (account_id, fact)
);
