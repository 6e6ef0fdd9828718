-- One row naming this installation: lets two server processes on one database agree that they
-- share it (and gives the migration history a first entry on an empty database).
CREATE TABLE atelier_instance (
  id INT PRIMARY KEY CHECK (id = 1),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO atelier_instance (id) VALUES (1);
