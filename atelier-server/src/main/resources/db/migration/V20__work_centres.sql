-- Work centres and their calendars: a weekly pattern of daily capacity in minutes plus exceptions
-- (holidays, extra shifts) on single days.
CREATE TABLE work_centre (
  id VARCHAR(64) PRIMARY KEY,
  label TEXT NOT NULL,
  monday_minutes INT NOT NULL CHECK (monday_minutes BETWEEN 0 AND 1440),
  tuesday_minutes INT NOT NULL CHECK (tuesday_minutes BETWEEN 0 AND 1440),
  wednesday_minutes INT NOT NULL CHECK (wednesday_minutes BETWEEN 0 AND 1440),
  thursday_minutes INT NOT NULL CHECK (thursday_minutes BETWEEN 0 AND 1440),
  friday_minutes INT NOT NULL CHECK (friday_minutes BETWEEN 0 AND 1440),
  saturday_minutes INT NOT NULL CHECK (saturday_minutes BETWEEN 0 AND 1440),
  sunday_minutes INT NOT NULL CHECK (sunday_minutes BETWEEN 0 AND 1440)
);

CREATE TABLE work_centre_exception (
  work_centre VARCHAR(64) NOT NULL REFERENCES work_centre (id),
  work_day DATE NOT NULL,
  capacity_minutes INT NOT NULL CHECK (capacity_minutes BETWEEN 0 AND 1440),
  PRIMARY KEY (work_centre, work_day)
);

-- The booked load: one row per work centre and day, materialized from the calendar ahead of time.
-- Bookings only ever run "booked = booked + m WHERE booked + m <= capacity", so concurrent orders
-- can never book more than the capacity; the CHECK is the last line of defence.
CREATE TABLE work_centre_load (
  work_centre VARCHAR(64) NOT NULL REFERENCES work_centre (id),
  work_day DATE NOT NULL,
  capacity_minutes INT NOT NULL CHECK (capacity_minutes BETWEEN 0 AND 1440),
  booked_minutes INT NOT NULL DEFAULT 0,
  PRIMARY KEY (work_centre, work_day),
  CHECK (booked_minutes >= 0 AND booked_minutes <= capacity_minutes)
);
