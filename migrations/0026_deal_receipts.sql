ALTER TABLE `deals` ADD `invoiced_on` text;--> statement-breakpoint
ALTER TABLE `deals` ADD `due_on` text;--> statement-breakpoint
ALTER TABLE `deals` ADD `received_fen` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `deals` ADD `received_on` text;--> statement-breakpoint
UPDATE `deals` SET `received_fen` = `pit_fee_fen` WHERE `status` = 'paid';
