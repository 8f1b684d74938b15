CREATE TABLE `import_batch_creations` (
	`batch_id` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	PRIMARY KEY(`batch_id`, `entity`, `entity_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `import_batches` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `job_id` text;--> statement-breakpoint
CREATE INDEX `documents_import_batch_idx` ON `documents` (`import_batch_id`);--> statement-breakpoint
-- Batches from before publishing existed were written in one transaction: they are published.
UPDATE `import_batches` SET `published_at` = `created_at`;
