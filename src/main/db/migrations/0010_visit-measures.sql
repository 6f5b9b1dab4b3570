-- Each signed visit's charted numbers beside it (issue 7), so the progress charts read a few
-- numbers per visit instead of parsing years of whole records. They are worked out in the app
-- (src/shared/clinical/progress.ts), so the visits signed before this migration are filled on
-- the first open after it (src/main/db/fill-visit-measures.ts), found through the index below.
ALTER TABLE `visit_findings` ADD `measures` text;--> statement-breakpoint
CREATE INDEX `visit_findings_unmeasured` ON `visit_findings` (`assessment_id`) WHERE "visit_findings"."measures" IS NULL;