-- attribution_inputs.version moves whenever something attribution reads changes: an import reloads its
-- cached lookups when it sees the version move (server/modules/imports/import-runner.ts).
INSERT INTO attribution_inputs (id, version) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER platform_accounts_insert_attribution_inputs AFTER INSERT ON platform_accounts
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER platform_accounts_update_attribution_inputs AFTER UPDATE ON platform_accounts
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER platform_accounts_delete_attribution_inputs AFTER DELETE ON platform_accounts
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER account_identifiers_insert_attribution_inputs AFTER INSERT ON account_identifiers
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER account_identifiers_update_attribution_inputs AFTER UPDATE ON account_identifiers
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER account_identifiers_delete_attribution_inputs AFTER DELETE ON account_identifiers
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER sessions_insert_attribution_inputs AFTER INSERT ON sessions
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER sessions_update_attribution_inputs AFTER UPDATE ON sessions
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER sessions_delete_attribution_inputs AFTER DELETE ON sessions
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER session_hosts_insert_attribution_inputs AFTER INSERT ON session_hosts
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER session_hosts_update_attribution_inputs AFTER UPDATE ON session_hosts
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER session_hosts_delete_attribution_inputs AFTER DELETE ON session_hosts
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER periods_insert_attribution_inputs AFTER INSERT ON periods
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER periods_update_attribution_inputs AFTER UPDATE ON periods
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER periods_delete_attribution_inputs AFTER DELETE ON periods
BEGIN
  UPDATE attribution_inputs SET version = version + 1 WHERE id = 1;
END;
