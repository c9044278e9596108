CREATE TABLE `raw_headers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`headers` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `raw_headers_headers_unique` ON `raw_headers` (`headers`);--> statement-breakpoint
ALTER TABLE `orders` ADD `raw_headers_id` integer REFERENCES raw_headers(id);