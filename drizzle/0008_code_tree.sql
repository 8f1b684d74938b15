DROP INDEX `codes_project_name_idx`;--> statement-breakpoint
ALTER TABLE `codes` ADD `is_group` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `codes` ADD `guid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `codes_project_guid_idx` ON `codes` (`project_id`,`guid`);--> statement-breakpoint
CREATE INDEX `codes_project_parent_idx` ON `codes` (`project_id`,`parent_id`);