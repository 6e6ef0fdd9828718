-- Print jobs with personalization text: a job renders the upload, the text or both, so the upload
-- and its placement may be absent. The text is stored as the worker draws it: lines joined by a
-- line feed (TEXT: a model may allow long texts), the capital height in mm (0 = fit), the colour
-- as #rrggbb and the position in the safe area (TOP, CENTRE, BOTTOM).
ALTER TABLE print_job ALTER COLUMN upload DROP NOT NULL;
ALTER TABLE print_job ALTER COLUMN x_mm DROP NOT NULL;
ALTER TABLE print_job ALTER COLUMN y_mm DROP NOT NULL;
ALTER TABLE print_job ALTER COLUMN width_mm DROP NOT NULL;
ALTER TABLE print_job ALTER COLUMN height_mm DROP NOT NULL;
ALTER TABLE print_job ALTER COLUMN rotation DROP NOT NULL;
ALTER TABLE print_job ADD COLUMN text_lines TEXT;
ALTER TABLE print_job ADD COLUMN text_height_mm INT;
ALTER TABLE print_job ADD COLUMN text_colour VARCHAR(7);
ALTER TABLE print_job ADD COLUMN text_position VARCHAR(8);
ALTER TABLE print_job ADD CONSTRAINT print_job_artwork_or_text
  CHECK (upload IS NOT NULL OR text_lines IS NOT NULL);
