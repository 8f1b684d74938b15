ALTER TABLE `assignments` ADD `round` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Work not yet submitted belongs to the project's current round. Submissions made before rounds were recorded stay
-- in round 1: which round they were made in was not kept.
UPDATE `assignments` SET `round` = (
  SELECT `projects`.`round` FROM `documents` JOIN `projects` ON `projects`.`id` = `documents`.`project_id`
  WHERE `documents`.`id` = `assignments`.`document_id`
) WHERE `status` <> 'submitted';
