CREATE TABLE `calendar_feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target_id` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_target_unique` ON `calendar_feeds` (`kind`,`target_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_unique` ON `calendar_feeds` (`token`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`buffer_minutes` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_name_unique` ON `rooms` (`name`);--> statement-breakpoint
CREATE TABLE `session_crew` (
	`session_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`duty` text NOT NULL,
	PRIMARY KEY(`session_id`, `user_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_crew_user_idx` ON `session_crew` (`user_id`,`session_id`);--> statement-breakpoint
CREATE TABLE `session_hosts` (
	`session_id` integer NOT NULL,
	`host_id` integer NOT NULL,
	`role` text NOT NULL,
	`share_bp` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`session_id`, `host_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_hosts_host_idx` ON `session_hosts` (`host_id`,`session_id`);--> statement-breakpoint
CREATE TABLE `session_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer NOT NULL,
	`room_id` integer,
	`series_id` integer,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`status` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`platform_live_id` text,
	`actual_start_at` integer,
	`actual_end_at` integer,
	`peak_viewers` integer,
	`gmv_fen` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `platform_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `session_series`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_starts_idx` ON `sessions` (`starts_at`);--> statement-breakpoint
CREATE INDEX `sessions_account_starts_idx` ON `sessions` (`account_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `sessions_room_starts_idx` ON `sessions` (`room_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `sessions_series_idx` ON `sessions` (`series_id`);--> statement-breakpoint
CREATE INDEX `sessions_live_id_idx` ON `sessions` (`platform_live_id`);