-- Practitioners and the audit trail (issue 8). The app opens locked and each practitioner
-- unlocks with their own PIN or password (kept only as an scrypt hash), so signatures, saved
-- program versions and sent emails carry who did them by account as well as by name.
-- audit_entries is append-only: the triggers at the end refuse UPDATE and DELETE, and each
-- entry holds the SHA-256 of the one before, so an entry edited with the triggers dropped
-- breaks the chain the app checks. Patients are named there only through a random reference
-- (audit_patient_refs), which erasing the patient deletes.
CREATE TABLE `practitioners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`profession` text NOT NULL,
	`registration_number` text,
	`secret_kind` text NOT NULL,
	`secret_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_entries` (
	`sequence` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`practitioner_id` text,
	`practitioner_name` text,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`patient_ref` text,
	`note` text,
	`previous_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_patient_refs` (
	`patient_id` text PRIMARY KEY NOT NULL,
	`ref` text NOT NULL,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_patient_refs_ref_unique` ON `audit_patient_refs` (`ref`);--> statement-breakpoint
ALTER TABLE `assessment_versions` ADD `signed_by_practitioner_id` text REFERENCES practitioners(id);--> statement-breakpoint
ALTER TABLE `program_versions` ADD `saved_by_practitioner_id` text REFERENCES practitioners(id);--> statement-breakpoint
ALTER TABLE `outbox` ADD `queued_by` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `queued_by_practitioner_id` text REFERENCES practitioners(id);--> statement-breakpoint
CREATE TRIGGER `audit_entries_no_update` BEFORE UPDATE ON `audit_entries`
BEGIN
	SELECT RAISE(ABORT, 'The audit trail cannot be changed: entries are only ever added.');
END;--> statement-breakpoint
CREATE TRIGGER `audit_entries_no_delete` BEFORE DELETE ON `audit_entries`
BEGIN
	SELECT RAISE(ABORT, 'The audit trail cannot be changed: entries are only ever added.');
END;
