DROP INDEX `sessions_room_starts_idx`;--> statement-breakpoint
DROP INDEX `sessions_series_idx`;--> statement-breakpoint
DROP INDEX `sessions_live_id_idx`;--> statement-breakpoint
CREATE INDEX `sessions_room_starts_idx` ON `sessions` (`room_id`,`starts_at`) WHERE "sessions"."room_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `sessions_series_idx` ON `sessions` (`series_id`) WHERE "sessions"."series_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `sessions_live_id_idx` ON `sessions` (`platform_live_id`) WHERE "sessions"."platform_live_id" IS NOT NULL;