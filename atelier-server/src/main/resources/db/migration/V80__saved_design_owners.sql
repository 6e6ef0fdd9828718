-- A design saved by a signed-in customer belongs to their account and has a name: it is listed
-- on their "My designs" page, where only they can rename or delete it. Designs saved anonymously
-- have neither (owner and name stay NULL); anyone with the link still reopens any saved design.
ALTER TABLE saved_designs ADD COLUMN owner BIGINT;
ALTER TABLE saved_designs ADD COLUMN name VARCHAR(200);
CREATE INDEX saved_designs_owner ON saved_designs (owner, saved_at);
-- The personalization texts of an owned design (JSON: text attribute id -> text), shown only to
-- its owner; a share link carries its texts in the link's fragment instead.
ALTER TABLE saved_designs ADD COLUMN texts TEXT;
