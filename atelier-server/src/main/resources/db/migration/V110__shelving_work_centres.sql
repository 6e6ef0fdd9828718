-- The work centres of the modular shelving demo. Minutes per day: one 8-hour shift is 480.
INSERT INTO work_centre VALUES ('joinery', 'Joinery', 480, 480, 480, 480, 480, 0, 0);
INSERT INTO work_centre VALUES ('cabinet-assembly', 'Cabinet assembly', 960, 960, 960, 960, 960, 0, 0);
INSERT INTO work_centre_exception VALUES ('joinery', DATE '2026-12-25', 0);
INSERT INTO work_centre_exception VALUES ('cabinet-assembly', DATE '2026-12-25', 0);
