CREATE INDEX `ledger_event_idx` ON `ledger_entries` (`event_at`,`id`);--> statement-breakpoint
CREATE INDEX `ledger_host_event_idx` ON `ledger_entries` (`host_id`,`event_at`,`id`);