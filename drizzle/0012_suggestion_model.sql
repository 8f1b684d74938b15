CREATE TABLE `suggestion_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`layer` text NOT NULL,
	`folds` integer NOT NULL,
	`evaluation` text NOT NULL,
	`suggestions_written` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `suggestion_models_project_idx` ON `suggestion_models` (`project_id`,`id`);--> statement-breakpoint
CREATE TABLE `suggestion_visible_rounds` (
	`project_id` integer NOT NULL,
	`round` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`project_id`, `round`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `projects` ADD `suggestions_visible` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `score` real;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `code_precision` real;