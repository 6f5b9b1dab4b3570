-- Opening a patient's history at clinic scale (issue 7). A patient's rows are written over
-- years, so they lie scattered through the file; covering indexes, ordered by patient, let the
-- visit list, the timeline's versions and handouts and the amendment counts be read from a few
-- index pages instead of one table page per row.
DROP INDEX `assessments_by_patient`;--> statement-breakpoint
CREATE INDEX `assessments_by_patient` ON `assessments` (`patient_id`,`visit_date`,`created_at`,`id`,`episode_id`,`status`,`finalised_at`,`updated_at`);--> statement-breakpoint
DROP INDEX `handout_exports_by_patient`;--> statement-breakpoint
CREATE INDEX `handout_exports_by_patient` ON `handout_exports` (`patient_id`,`exported_at`,`program_id`,`program_version`,`action`,`file_name`,`id`);--> statement-breakpoint
CREATE INDEX `assessment_versions_amendments` ON `assessment_versions` (`assessment_id`) WHERE "assessment_versions"."kind" = 'amendment';--> statement-breakpoint
CREATE INDEX `program_versions_listing` ON `program_versions` (`program_id`,`version`,`saved_at`,`saved_by`);