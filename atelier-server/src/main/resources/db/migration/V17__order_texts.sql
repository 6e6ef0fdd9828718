-- The personalization texts of an order (text attribute id to the text, a JSON object): the
-- configuration only says "given", production needs the monogram or message itself.
ALTER TABLE orders ADD COLUMN texts TEXT DEFAULT '{}' NOT NULL;
