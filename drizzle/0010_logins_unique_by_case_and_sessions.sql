CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
DROP INDEX `users_login_unique`;--> statement-breakpoint
-- Logins that differ only in case: the oldest account keeps its login, the others become "login#id" (a "#" no
-- new login can hold, so the renamed login is free), and the administrator sees them renamed under Users.
UPDATE `users` SET `login` = `login` || '#' || `id`
WHERE EXISTS (SELECT 1 FROM `users` AS `older` WHERE lower(`older`.`login`) = lower(`users`.`login`) AND `older`.`id` < `users`.`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_lower_unique` ON `users` (lower("login"));--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `token_version`;