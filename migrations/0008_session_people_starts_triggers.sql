-- session_hosts.session_starts_at and session_crew.session_starts_at copy sessions.starts_at, so that a
-- person's sessions near a time are one index range. Triggers keep the copy; the app never writes it.
UPDATE session_hosts SET session_starts_at = (SELECT starts_at FROM sessions WHERE sessions.id = session_hosts.session_id);
--> statement-breakpoint
UPDATE session_crew SET session_starts_at = (SELECT starts_at FROM sessions WHERE sessions.id = session_crew.session_id);
--> statement-breakpoint
CREATE TRIGGER session_hosts_copy_start AFTER INSERT ON session_hosts
BEGIN
  UPDATE session_hosts SET session_starts_at = (SELECT starts_at FROM sessions WHERE id = NEW.session_id)
  WHERE session_id = NEW.session_id AND host_id = NEW.host_id;
END;
--> statement-breakpoint
CREATE TRIGGER session_crew_copy_start AFTER INSERT ON session_crew
BEGIN
  UPDATE session_crew SET session_starts_at = (SELECT starts_at FROM sessions WHERE id = NEW.session_id)
  WHERE session_id = NEW.session_id AND user_id = NEW.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER sessions_copy_start AFTER UPDATE OF starts_at ON sessions
BEGIN
  UPDATE session_hosts SET session_starts_at = NEW.starts_at WHERE session_id = NEW.id;
  UPDATE session_crew SET session_starts_at = NEW.starts_at WHERE session_id = NEW.id;
END;
