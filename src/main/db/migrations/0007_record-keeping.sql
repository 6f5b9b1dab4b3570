CREATE TABLE `erasures` (
	`id` text PRIMARY KEY NOT NULL,
	`erased_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `record_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`action` text NOT NULL,
	`folder` text,
	`pdf_file_name` text NOT NULL,
	`pdf_sha256` text NOT NULL,
	`pdf_byte_size` integer NOT NULL,
	`json_file_name` text NOT NULL,
	`json_sha256` text NOT NULL,
	`json_byte_size` integer NOT NULL,
	`exported_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_exports_by_patient` ON `record_exports` (`patient_id`,`exported_at`);--> statement-breakpoint
CREATE INDEX `patients_archived_by_name` ON `patients` (`sort_name`) WHERE "patients"."archived_at" IS NOT NULL;