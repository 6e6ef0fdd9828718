-- Whether a work centre makes goods to ship (FALSE: a service desk, whose finished work is a
-- policy or a booking, not a parcel). A product none of whose operations runs at a physical work
-- centre gets no "ready to ship" date.
ALTER TABLE work_centre ADD COLUMN physical BOOLEAN DEFAULT TRUE NOT NULL;

UPDATE work_centre SET physical = FALSE WHERE id IN ('underwriting', 'issuing');
