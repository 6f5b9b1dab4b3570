-- The findings each visit stands signed with, beside the patient, for the timeline (issue 7):
-- read from the signed versions they sit after a whole record, two or three scattered pages
-- per visit. Filled here from each visit's latest signed version, patient by patient, so an
-- existing clinic's history lies together; visits signed later are added as they are signed.
CREATE TABLE `visit_findings` (
	`assessment_id` text PRIMARY KEY NOT NULL,
	`patient_id` text NOT NULL,
	`findings` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_findings_by_patient` ON `visit_findings` (`patient_id`);--> statement-breakpoint
INSERT INTO `visit_findings` (`assessment_id`, `patient_id`, `findings`)
SELECT `versions`.`assessment_id`, `assessments`.`patient_id`, `versions`.`findings`
FROM `assessment_versions` AS `versions`
JOIN `assessments` ON `assessments`.`id` = `versions`.`assessment_id`
WHERE `versions`.`version` = (
	SELECT max(`latest`.`version`) FROM `assessment_versions` AS `latest`
	WHERE `latest`.`assessment_id` = `versions`.`assessment_id`
)
ORDER BY `assessments`.`patient_id`, `assessments`.`visit_date`;
