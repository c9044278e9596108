CREATE TABLE `reconciliations` (
	`period` text NOT NULL,
	`account_id` integer NOT NULL,
	`payout_fen` integer,
	`reconciled` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`reconciled_by` integer,
	`reconciled_at` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`period`, `account_id`),
	FOREIGN KEY (`account_id`) REFERENCES `platform_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reconciled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
