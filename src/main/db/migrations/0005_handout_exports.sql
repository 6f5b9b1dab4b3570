CREATE TABLE `handout_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`program_id` text NOT NULL,
	`program_version` integer NOT NULL,
	`action` text NOT NULL,
	`file_name` text NOT NULL,
	`path` text,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL,
	`exported_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handout_exports_by_program` ON `handout_exports` (`program_id`,`exported_at`);--> statement-breakpoint
CREATE INDEX `handout_exports_by_patient` ON `handout_exports` (`patient_id`,`exported_at`);