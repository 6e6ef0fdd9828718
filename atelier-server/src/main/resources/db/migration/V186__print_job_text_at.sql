-- Where the shopper placed a print area's text on the design surface: the centre of the text block
-- in mm from the area's top-left corner (y down); both null for the model's position.
ALTER TABLE print_job ADD COLUMN text_x_mm DOUBLE PRECISION;
ALTER TABLE print_job ADD COLUMN text_y_mm DOUBLE PRECISION;
