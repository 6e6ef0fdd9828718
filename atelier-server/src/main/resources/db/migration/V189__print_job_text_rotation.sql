-- How far the shopper turned a print area's placed text, in degrees clockwise about its centre
-- (0..359); null for an unturned text or none.
ALTER TABLE print_job ADD COLUMN text_rotation INTEGER;
