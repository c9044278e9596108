CREATE TABLE `deal_sessions` (
	`deal_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`deal_id`, `session_id`),
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deal_sessions_session_idx` ON `deal_sessions` (`session_id`);