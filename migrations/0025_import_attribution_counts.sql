ALTER TABLE `imports` ADD `to_session` integer;--> statement-breakpoint
ALTER TABLE `imports` ADD `to_host_only` integer;--> statement-breakpoint
ALTER TABLE `imports` ADD `left_unmatched` integer;