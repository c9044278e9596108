DROP INDEX `session_crew_user_idx`;--> statement-breakpoint
ALTER TABLE `session_crew` ADD `session_starts_at` integer;--> statement-breakpoint
CREATE INDEX `session_crew_user_starts_idx` ON `session_crew` (`user_id`,`session_starts_at`,`session_id`);--> statement-breakpoint
DROP INDEX `session_hosts_host_idx`;--> statement-breakpoint
ALTER TABLE `session_hosts` ADD `session_starts_at` integer;--> statement-breakpoint
CREATE INDEX `session_hosts_host_starts_idx` ON `session_hosts` (`host_id`,`session_starts_at`,`session_id`);