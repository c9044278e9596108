CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`format` text,
	`file_name` text NOT NULL,
	`file_size` integer NOT NULL,
	`status` text NOT NULL,
	`bytes_read` integer DEFAULT 0 NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`errors` text NOT NULL,
	`message` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imports_created_idx` ON `imports` (`created_at`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`host_id` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	`event_at` integer NOT NULL,
	`booking_period` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_period_host_idx` ON `ledger_entries` (`booking_period`,`host_id`);--> statement-breakpoint
CREATE INDEX `ledger_order_host_idx` ON `ledger_entries` (`order_id`,`host_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`row_key` text NOT NULL,
	`account_identifiers` text NOT NULL,
	`account_id` integer,
	`session_id` integer,
	`hosts` text NOT NULL,
	`live_room_id` text,
	`product` text NOT NULL,
	`quantity` integer NOT NULL,
	`gmv_fen` integer NOT NULL,
	`commission_base_fen` integer NOT NULL,
	`commission_rate_bp` integer NOT NULL,
	`commission_rate_raw` text NOT NULL,
	`estimated_commission_fen` integer NOT NULL,
	`settled_commission_fen` integer NOT NULL,
	`status` text NOT NULL,
	`paid_at` integer,
	`settled_at` integer,
	`refunded_at` integer,
	`raw` text NOT NULL,
	`digest` text NOT NULL,
	`import_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `platform_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_platform_row_key_unique` ON `orders` (`platform`,`row_key`);--> statement-breakpoint
CREATE INDEX `orders_account_paid_idx` ON `orders` (`account_id`,`paid_at`);--> statement-breakpoint
CREATE INDEX `orders_session_idx` ON `orders` (`session_id`);--> statement-breakpoint
CREATE INDEX `orders_status_idx` ON `orders` (`status`);--> statement-breakpoint
CREATE INDEX `orders_paid_idx` ON `orders` (`paid_at`);--> statement-breakpoint
CREATE TABLE `periods` (
	`period` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`closed_at` integer,
	`closed_by` integer,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
