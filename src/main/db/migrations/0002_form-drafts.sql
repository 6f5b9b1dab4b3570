CREATE TABLE `form_drafts` (
	`form_key` text PRIMARY KEY NOT NULL,
	`payload` text NOT NULL,
	`saved_at` text NOT NULL
);
