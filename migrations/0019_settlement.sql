CREATE TABLE `costs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`host_id` integer NOT NULL,
	`period` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `costs_period_host_idx` ON `costs` (`period`,`host_id`);--> statement-breakpoint
CREATE TABLE `settlement_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`run_by` integer NOT NULL,
	`run_at` integer NOT NULL,
	`summary` text NOT NULL,
	FOREIGN KEY (`run_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `settlement_runs_period_idx` ON `settlement_runs` (`period`);--> statement-breakpoint
CREATE TABLE `statement_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	`reason` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_adjustments_statement_idx` ON `statement_adjustments` (`statement_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`host_id` integer NOT NULL,
	`period` text NOT NULL,
	`contract_id` integer NOT NULL,
	`status` text NOT NULL,
	`run_id` integer NOT NULL,
	`run_by` integer NOT NULL,
	`commission_fen` integer NOT NULL,
	`pit_fees_fen` integer NOT NULL,
	`costs_fen` integer NOT NULL,
	`carry_in_fen` integer NOT NULL,
	`base_fen` integer NOT NULL,
	`share_fen` integer NOT NULL,
	`guarantee_fen` integer NOT NULL,
	`adjustments_fen` integer NOT NULL,
	`payable_fen` integer NOT NULL,
	`tax_fen` integer NOT NULL,
	`net_fen` integer NOT NULL,
	`carry_out_fen` integer NOT NULL,
	`agency_keeps_fen` integer NOT NULL,
	`applied` text NOT NULL,
	`inputs` text NOT NULL,
	`lines` text NOT NULL,
	`approved_by` integer,
	`approved_at` integer,
	`paid_by` integer,
	`paid_at` integer,
	`payment_reference` text,
	`paid_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`run_id`) REFERENCES `settlement_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`run_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`paid_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_host_period_unique` ON `statements` (`host_id`,`period`);--> statement-breakpoint
CREATE INDEX `statements_period_status_idx` ON `statements` (`period`,`status`);