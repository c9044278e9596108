CREATE TABLE `settings_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
-- settings_version.version moves whenever a setting is written or removed: a request checks it (one row)
-- before reading and parsing the settings again (server/modules/settings/settings.service.ts).
INSERT INTO settings_version (id, version) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER settings_insert_version AFTER INSERT ON settings
BEGIN
  UPDATE settings_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER settings_update_version AFTER UPDATE ON settings
BEGIN
  UPDATE settings_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER settings_delete_version AFTER DELETE ON settings
BEGIN
  UPDATE settings_version SET version = version + 1 WHERE id = 1;
END;
