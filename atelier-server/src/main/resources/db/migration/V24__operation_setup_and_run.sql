-- What an operation's booked minutes are made of, when the routing knew it: the set-up time and the
-- run time of the whole quantity (minutes per unit × quantity). Kept as exact decimal text
-- (BigDecimal.toPlainString): routing minutes are exact decimals of any scale. NULL for operations
-- booked before this migration; their booked minutes are all that is known.
ALTER TABLE production_operation ADD COLUMN setup_minutes VARCHAR(64);
ALTER TABLE production_operation ADD COLUMN run_minutes VARCHAR(64);
