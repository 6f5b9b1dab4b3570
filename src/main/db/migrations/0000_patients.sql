CREATE TABLE `patients` (
	`row_key` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`sort_name` text NOT NULL,
	`date_of_birth` text,
	`sex` text DEFAULT 'not-recorded' NOT NULL,
	`email` text,
	`phone` text,
	`search_phone` text DEFAULT '' NOT NULL,
	`notes` text,
	`weekly_distance_km` real,
	`years_running` real,
	`surfaces` text DEFAULT '[]' NOT NULL,
	`goal_event` text,
	`goal_event_date` text,
	`shoe_model` text,
	`shoe_distance_km` real,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text,
	`revision` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `patients_id_unique` ON `patients` (`id`);--> statement-breakpoint
CREATE INDEX `patients_active_by_name` ON `patients` (`sort_name`) WHERE "patients"."archived_at" IS NULL;