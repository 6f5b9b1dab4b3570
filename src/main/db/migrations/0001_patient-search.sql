-- Patient search as you type: an FTS5 index over name, email and phone, kept in step with the
-- patients table by triggers. Contentless (content='') because the text already lives in
-- patients; contentless_delete lets the triggers remove a row's old terms by rowid. Names are
-- indexed folded (patients.sort_name, see foldForSearch) and phone numbers as digits
-- (patients.search_phone, see phoneSearchText), both worked out by the app when it saves.
CREATE VIRTUAL TABLE `patient_search` USING fts5(
	name,
	email,
	phone,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '1 2 3'
);
--> statement-breakpoint
CREATE TRIGGER `patients_search_after_insert` AFTER INSERT ON `patients` BEGIN
	INSERT INTO `patient_search` (rowid, name, email, phone)
	VALUES (new.row_key, new.sort_name, coalesce(new.email, ''), new.search_phone);
END;
--> statement-breakpoint
CREATE TRIGGER `patients_search_after_update` AFTER UPDATE OF sort_name, email, search_phone ON `patients` BEGIN
	DELETE FROM `patient_search` WHERE rowid = old.row_key;
	INSERT INTO `patient_search` (rowid, name, email, phone)
	VALUES (new.row_key, new.sort_name, coalesce(new.email, ''), new.search_phone);
END;
--> statement-breakpoint
CREATE TRIGGER `patients_search_after_delete` AFTER DELETE ON `patients` BEGIN
	DELETE FROM `patient_search` WHERE rowid = old.row_key;
END;
--> statement-breakpoint
-- Index any patients that already exist (none on a new database).
INSERT INTO `patient_search` (rowid, name, email, phone)
SELECT row_key, sort_name, coalesce(email, ''), search_phone FROM `patients`;
