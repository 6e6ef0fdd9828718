-- What shipping records on a production order: the carrier's tracking number (if given) and when.
ALTER TABLE production_order ADD COLUMN tracking_number VARCHAR(200);
ALTER TABLE production_order ADD COLUMN shipped_at TIMESTAMP WITH TIME ZONE;
