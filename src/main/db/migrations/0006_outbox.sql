CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`program_id` text NOT NULL,
	`program_version` integer NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`file_name` text NOT NULL,
	`pdf` blob NOT NULL,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`problem` text,
	`next_attempt_at` text,
	`last_attempt_at` text,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_by_patient` ON `outbox` (`patient_id`,`created_at`);