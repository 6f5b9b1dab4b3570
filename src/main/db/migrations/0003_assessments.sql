CREATE TABLE `assessment_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`record` text NOT NULL,
	`findings` text NOT NULL,
	`signed_by` text NOT NULL,
	`signed_at` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_versions_in_order` ON `assessment_versions` (`assessment_id`,`version`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`episode_id` text NOT NULL,
	`visit_date` text NOT NULL,
	`status` text NOT NULL,
	`record` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`finalised_at` text,
	`finalised_by` text,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`episode_id`) REFERENCES `episodes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_by_patient` ON `assessments` (`patient_id`,`visit_date`);--> statement-breakpoint
CREATE INDEX `assessments_by_episode` ON `assessments` (`episode_id`);--> statement-breakpoint
CREATE TABLE `episodes` (
	`id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`complaint` text NOT NULL,
	`side` text NOT NULL,
	`started_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `episodes_by_patient` ON `episodes` (`patient_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `clinic_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
