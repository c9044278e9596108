CREATE TABLE `account_identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`identifier` text NOT NULL,
	`account_id` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `platform_accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_identifiers_platform_identifier_unique` ON `account_identifiers` (`platform`,`identifier`);--> statement-breakpoint
CREATE INDEX `account_identifiers_account_idx` ON `account_identifiers` (`account_id`);--> statement-breakpoint
CREATE TABLE `hosts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stage_name` text NOT NULL,
	`legal_name` text NOT NULL,
	`status` text NOT NULL,
	`agent_id` integer,
	`tier` text,
	`categories` text NOT NULL,
	`join_date` text,
	`birth_date` text,
	`notes` text DEFAULT '' NOT NULL,
	`real_name_verified` integer DEFAULT false NOT NULL,
	`guardian_consent` integer DEFAULT false NOT NULL,
	`id_number` text,
	`phone` text,
	`bank_account` text,
	`bank_name` text,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hosts_status_idx` ON `hosts` (`status`);--> statement-breakpoint
CREATE INDEX `hosts_agent_idx` ON `hosts` (`agent_id`);--> statement-breakpoint
CREATE INDEX `hosts_tier_idx` ON `hosts` (`tier`);--> statement-breakpoint
CREATE INDEX `hosts_stage_name_idx` ON `hosts` (`stage_name`);--> statement-breakpoint
CREATE INDEX `hosts_join_date_idx` ON `hosts` (`join_date`);--> statement-breakpoint
CREATE INDEX `hosts_created_at_idx` ON `hosts` (`created_at`);--> statement-breakpoint
CREATE TABLE `platform_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`host_id` integer NOT NULL,
	`platform` text NOT NULL,
	`handle` text,
	`followers` integer,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `platform_accounts_host_idx` ON `platform_accounts` (`host_id`,`platform`);--> statement-breakpoint
CREATE TABLE `qualifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`host_id` integer NOT NULL,
	`category` text NOT NULL,
	`certificate_number` text NOT NULL,
	`expires_on` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `qualifications_host_idx` ON `qualifications` (`host_id`,`category`);--> statement-breakpoint
CREATE INDEX `qualifications_expires_idx` ON `qualifications` (`expires_on`);--> statement-breakpoint
CREATE TABLE `contract_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`version` integer NOT NULL,
	`effective_from` text NOT NULL,
	`terms` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contract_versions_contract_version_unique` ON `contract_versions` (`contract_id`,`version`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`host_id` integer NOT NULL,
	`number` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`status` text NOT NULL,
	`exclusive` integer DEFAULT false NOT NULL,
	`platforms` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_number_unique` ON `contracts` (`number`);--> statement-breakpoint
CREATE INDEX `contracts_host_idx` ON `contracts` (`host_id`,`status`);--> statement-breakpoint
CREATE INDEX `contracts_end_idx` ON `contracts` (`status`,`end_date`);--> statement-breakpoint
CREATE TABLE `brands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `brands_name_idx` ON `brands` (`name`);--> statement-breakpoint
CREATE TABLE `deals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`brand_id` integer NOT NULL,
	`pit_fee_fen` integer NOT NULL,
	`category` text,
	`commission_rate_bp` integer,
	`status` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deals_brand_idx` ON `deals` (`brand_id`);--> statement-breakpoint
CREATE INDEX `deals_status_idx` ON `deals` (`status`);