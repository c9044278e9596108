DROP INDEX `orders_status_idx`;--> statement-breakpoint
CREATE INDEX `orders_status_paid_idx` ON `orders` (`status`,`paid_at`);--> statement-breakpoint
CREATE INDEX `orders_platform_paid_idx` ON `orders` (`platform`,`paid_at`);