-- The service work centres of the bicycle insurance demo: a policy is underwritten and issued by
-- people at desks, not built in a factory. Minutes per day: one 8-hour shift is 480.
INSERT INTO work_centre VALUES ('underwriting', 'Underwriting desk', 960, 960, 960, 960, 960, 0, 0);
INSERT INTO work_centre VALUES ('issuing', 'Policy issuing', 480, 480, 480, 480, 480, 0, 0);
INSERT INTO work_centre_exception VALUES ('underwriting', DATE '2026-12-25', 0);
INSERT INTO work_centre_exception VALUES ('issuing', DATE '2026-12-25', 0);
