-- A work centre's German name, shown on the staff pages in German (NULL: the English label).
ALTER TABLE work_centre ADD COLUMN label_de TEXT;

UPDATE work_centre SET label_de = 'Schweißerei' WHERE id = 'welding';
UPDATE work_centre SET label_de = 'Verbundwerkstoffe' WHERE id = 'composites';
UPDATE work_centre SET label_de = 'Lackiererei' WHERE id = 'paint-shop';
UPDATE work_centre SET label_de = 'Fahrradmontage' WHERE id = 'assembly';
UPDATE work_centre SET label_de = 'Laufradbau' WHERE id = 'wheels';
UPDATE work_centre SET label_de = 'PC-Montageplatz' WHERE id = 'pc-bench';
UPDATE work_centre SET label_de = 'Betriebssystem-Installation' WHERE id = 'imaging';
UPDATE work_centre SET label_de = 'Dauertest-Gestell (8 Plätze)' WHERE id = 'test-rack';
UPDATE work_centre SET label_de = 'Zuschnitt' WHERE id = 'cutting';
UPDATE work_centre SET label_de = 'Stickerei' WHERE id = 'embroidery';
UPDATE work_centre SET label_de = 'Zwicken und Besohlen' WHERE id = 'lasting';
UPDATE work_centre SET label_de = 'Verpackung' WHERE id = 'packing';
UPDATE work_centre SET label_de = 'Nählinie' WHERE id = 'sewing';
UPDATE work_centre SET label_de = 'Wäscherei' WHERE id = 'laundry';
UPDATE work_centre SET label_de = 'Veredelung' WHERE id = 'finishing';
UPDATE work_centre SET label_de = 'Pizza-Vorbereitung' WHERE id = 'prep';
UPDATE work_centre SET label_de = 'Pizzaofen' WHERE id = 'oven';
UPDATE work_centre SET label_de = 'Pizza-Ausgabe' WHERE id = 'dispatch';
UPDATE work_centre SET label_de = 'Schreinerei' WHERE id = 'joinery';
UPDATE work_centre SET label_de = 'Korpusmontage' WHERE id = 'cabinet-assembly';
UPDATE work_centre SET label_de = 'Risikoprüfung' WHERE id = 'underwriting';
UPDATE work_centre SET label_de = 'Policenausstellung' WHERE id = 'issuing';
