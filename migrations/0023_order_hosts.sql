CREATE TABLE `order_hosts` (
	`order_id` integer NOT NULL,
	`host_id` integer NOT NULL,
	`position` integer NOT NULL,
	`share_bp` integer NOT NULL,
	`platform` text NOT NULL,
	`account_id` integer,
	`session_id` integer,
	`status` text NOT NULL,
	`paid_at` integer,
	`settled_at` integer,
	`refunded_at` integer,
	`gmv_fen` integer NOT NULL,
	`estimated_commission_fen` integer NOT NULL,
	`settled_commission_fen` integer NOT NULL,
	`gmv_part_fen` integer NOT NULL,
	`estimated_commission_part_fen` integer NOT NULL,
	`settled_commission_part_fen` integer NOT NULL,
	PRIMARY KEY(`order_id`, `host_id`),
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`host_id`) REFERENCES `hosts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_hosts_host_paid_idx` ON `order_hosts` (`host_id`,`paid_at`,`order_id`);--> statement-breakpoint
CREATE INDEX `order_hosts_paid_host_idx` ON `order_hosts` (`paid_at`,`host_id`,`platform`);--> statement-breakpoint
CREATE INDEX `order_hosts_settled_host_idx` ON `order_hosts` (`settled_at`,`host_id`) WHERE settled_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `order_hosts_refunded_host_idx` ON `order_hosts` (`refunded_at`,`host_id`) WHERE refunded_at IS NOT NULL;--> statement-breakpoint
-- order_hosts holds an order's hosts as rows (see server/db/schema/orders.ts), written only by the triggers
-- below, in the statement that writes the order. A host's parts of the order's amounts follow the ledger's
-- rule (allocate over the shares in listed order: floors, then the fen left over to the largest dropped
-- fractions, ties to the earlier-listed host; a negative amount is allocated as its opposite, negated; all
-- parts 0 when every share is 0). A host listed twice has one row, its shares and parts summed.
-- The backfill: every stored order, each order's hosts a window partition.
INSERT INTO order_hosts (order_id, host_id, position, share_bp, platform, account_id, session_id, status, paid_at, settled_at, refunded_at,
  gmv_fen, estimated_commission_fen, settled_commission_fen, gmv_part_fen, estimated_commission_part_fen, settled_commission_part_fen)
SELECT o.id, p.host_id, min(p.pos), sum(p.w), o.platform, o.account_id, o.session_id, o.status, o.paid_at, o.settled_at, o.refunded_at,
  o.gmv_fen, o.estimated_commission_fen, o.settled_commission_fen,
  (CASE WHEN o.gmv_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(p.gp), 0),
  (CASE WHEN o.estimated_commission_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(p.ep), 0),
  (CASE WHEN o.settled_commission_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(p.sp), 0)
FROM (
  SELECT order_id, host_id, pos, w,
    gf + (row_number() OVER (PARTITION BY order_id ORDER BY gr DESC, pos) <= g - sum(gf) OVER (PARTITION BY order_id)) AS gp,
    ef + (row_number() OVER (PARTITION BY order_id ORDER BY er DESC, pos) <= e - sum(ef) OVER (PARTITION BY order_id)) AS ep,
    sf + (row_number() OVER (PARTITION BY order_id ORDER BY sr DESC, pos) <= s - sum(sf) OVER (PARTITION BY order_id)) AS sp
  FROM (
    SELECT *, g * w / tw AS gf, g * w % tw AS gr, e * w / tw AS ef, e * w % tw AS er, s * w / tw AS sf, s * w % tw AS sr
    FROM (
      SELECT *, nullif(sum(w) OVER (PARTITION BY order_id), 0) AS tw
      FROM (
        SELECT o.id AS order_id, j.key AS pos, json_extract(j.value, '$.hostId') AS host_id, json_extract(j.value, '$.shareBp') AS w,
          abs(o.gmv_fen) AS g, abs(o.estimated_commission_fen) AS e, abs(o.settled_commission_fen) AS s
        FROM orders o, json_each(o.hosts) j
      )
    )
  )
) p JOIN orders o ON o.id = p.order_id
GROUP BY o.id, p.host_id;
--> statement-breakpoint
-- One host (most orders): no windows.
CREATE TRIGGER order_hosts_insert_one AFTER INSERT ON orders WHEN json_array_length(NEW.hosts) = 1
BEGIN
  INSERT INTO order_hosts (order_id, host_id, position, share_bp, platform, account_id, session_id, status, paid_at, settled_at, refunded_at,
    gmv_fen, estimated_commission_fen, settled_commission_fen, gmv_part_fen, estimated_commission_part_fen, settled_commission_part_fen)
  SELECT NEW.id, json_extract(NEW.hosts, '$[0].hostId'), 0, w, NEW.platform, NEW.account_id, NEW.session_id, NEW.status, NEW.paid_at,
    NEW.settled_at, NEW.refunded_at, NEW.gmv_fen, NEW.estimated_commission_fen, NEW.settled_commission_fen,
    CASE WHEN w > 0 THEN NEW.gmv_fen ELSE 0 END, CASE WHEN w > 0 THEN NEW.estimated_commission_fen ELSE 0 END,
    CASE WHEN w > 0 THEN NEW.settled_commission_fen ELSE 0 END
  FROM (SELECT json_extract(NEW.hosts, '$[0].shareBp') AS w);
END;
--> statement-breakpoint
CREATE TRIGGER order_hosts_insert_many AFTER INSERT ON orders WHEN json_array_length(NEW.hosts) > 1
BEGIN
  INSERT INTO order_hosts (order_id, host_id, position, share_bp, platform, account_id, session_id, status, paid_at, settled_at, refunded_at,
    gmv_fen, estimated_commission_fen, settled_commission_fen, gmv_part_fen, estimated_commission_part_fen, settled_commission_part_fen)
  SELECT NEW.id, host_id, min(pos), sum(w), NEW.platform, NEW.account_id, NEW.session_id, NEW.status, NEW.paid_at, NEW.settled_at,
    NEW.refunded_at, NEW.gmv_fen, NEW.estimated_commission_fen, NEW.settled_commission_fen,
    (CASE WHEN NEW.gmv_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(gp), 0),
    (CASE WHEN NEW.estimated_commission_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(ep), 0),
    (CASE WHEN NEW.settled_commission_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(sp), 0)
  FROM (
    SELECT host_id, pos, w,
      gf + (row_number() OVER (ORDER BY gr DESC, pos) <= g - sum(gf) OVER ()) AS gp,
      ef + (row_number() OVER (ORDER BY er DESC, pos) <= e - sum(ef) OVER ()) AS ep,
      sf + (row_number() OVER (ORDER BY sr DESC, pos) <= s - sum(sf) OVER ()) AS sp
    FROM (
      SELECT *, g * w / tw AS gf, g * w % tw AS gr, e * w / tw AS ef, e * w % tw AS er, s * w / tw AS sf, s * w % tw AS sr
      FROM (
        SELECT *, nullif(sum(w) OVER (), 0) AS tw
        FROM (
          SELECT key AS pos, json_extract(value, '$.hostId') AS host_id, json_extract(value, '$.shareBp') AS w,
            abs(NEW.gmv_fen) AS g, abs(NEW.estimated_commission_fen) AS e, abs(NEW.settled_commission_fen) AS s
          FROM json_each(NEW.hosts)
        )
      )
    )
  )
  GROUP BY host_id;
END;
--> statement-breakpoint
-- Other hosts, shares or amounts: the order's rows are written again (by the insert triggers' statements).
CREATE TRIGGER order_hosts_update_hosts AFTER UPDATE OF hosts, gmv_fen, estimated_commission_fen, settled_commission_fen ON orders
WHEN NEW.hosts IS NOT OLD.hosts OR NEW.gmv_fen IS NOT OLD.gmv_fen OR NEW.estimated_commission_fen IS NOT OLD.estimated_commission_fen
  OR NEW.settled_commission_fen IS NOT OLD.settled_commission_fen
BEGIN
  DELETE FROM order_hosts WHERE order_id = NEW.id;
  INSERT INTO order_hosts (order_id, host_id, position, share_bp, platform, account_id, session_id, status, paid_at, settled_at, refunded_at,
    gmv_fen, estimated_commission_fen, settled_commission_fen, gmv_part_fen, estimated_commission_part_fen, settled_commission_part_fen)
  SELECT NEW.id, json_extract(NEW.hosts, '$[0].hostId'), 0, w, NEW.platform, NEW.account_id, NEW.session_id, NEW.status, NEW.paid_at,
    NEW.settled_at, NEW.refunded_at, NEW.gmv_fen, NEW.estimated_commission_fen, NEW.settled_commission_fen,
    CASE WHEN w > 0 THEN NEW.gmv_fen ELSE 0 END, CASE WHEN w > 0 THEN NEW.estimated_commission_fen ELSE 0 END,
    CASE WHEN w > 0 THEN NEW.settled_commission_fen ELSE 0 END
  FROM (SELECT json_extract(NEW.hosts, '$[0].shareBp') AS w) WHERE json_array_length(NEW.hosts) = 1;
  INSERT INTO order_hosts (order_id, host_id, position, share_bp, platform, account_id, session_id, status, paid_at, settled_at, refunded_at,
    gmv_fen, estimated_commission_fen, settled_commission_fen, gmv_part_fen, estimated_commission_part_fen, settled_commission_part_fen)
  SELECT NEW.id, host_id, min(pos), sum(w), NEW.platform, NEW.account_id, NEW.session_id, NEW.status, NEW.paid_at, NEW.settled_at,
    NEW.refunded_at, NEW.gmv_fen, NEW.estimated_commission_fen, NEW.settled_commission_fen,
    (CASE WHEN NEW.gmv_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(gp), 0),
    (CASE WHEN NEW.estimated_commission_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(ep), 0),
    (CASE WHEN NEW.settled_commission_fen < 0 THEN -1 ELSE 1 END) * coalesce(sum(sp), 0)
  FROM (
    SELECT host_id, pos, w,
      gf + (row_number() OVER (ORDER BY gr DESC, pos) <= g - sum(gf) OVER ()) AS gp,
      ef + (row_number() OVER (ORDER BY er DESC, pos) <= e - sum(ef) OVER ()) AS ep,
      sf + (row_number() OVER (ORDER BY sr DESC, pos) <= s - sum(sf) OVER ()) AS sp
    FROM (
      SELECT *, g * w / tw AS gf, g * w % tw AS gr, e * w / tw AS ef, e * w % tw AS er, s * w / tw AS sf, s * w % tw AS sr
      FROM (
        SELECT *, nullif(sum(w) OVER (), 0) AS tw
        FROM (
          SELECT key AS pos, json_extract(value, '$.hostId') AS host_id, json_extract(value, '$.shareBp') AS w,
            abs(NEW.gmv_fen) AS g, abs(NEW.estimated_commission_fen) AS e, abs(NEW.settled_commission_fen) AS s
          FROM json_each(NEW.hosts) WHERE json_array_length(NEW.hosts) > 1
        )
      )
    )
  )
  GROUP BY host_id;
END;
--> statement-breakpoint
-- Same hosts and amounts, other copied columns (a status, an instant, the account or session): the copies follow.
CREATE TRIGGER order_hosts_update_copies AFTER UPDATE OF platform, account_id, session_id, status, paid_at, settled_at, refunded_at ON orders
WHEN NEW.hosts IS OLD.hosts AND NEW.gmv_fen IS OLD.gmv_fen AND NEW.estimated_commission_fen IS OLD.estimated_commission_fen
  AND NEW.settled_commission_fen IS OLD.settled_commission_fen
  AND (NEW.platform IS NOT OLD.platform OR NEW.account_id IS NOT OLD.account_id OR NEW.session_id IS NOT OLD.session_id
    OR NEW.status IS NOT OLD.status OR NEW.paid_at IS NOT OLD.paid_at OR NEW.settled_at IS NOT OLD.settled_at OR NEW.refunded_at IS NOT OLD.refunded_at)
BEGIN
  UPDATE order_hosts SET platform = NEW.platform, account_id = NEW.account_id, session_id = NEW.session_id, status = NEW.status,
    paid_at = NEW.paid_at, settled_at = NEW.settled_at, refunded_at = NEW.refunded_at
  WHERE order_id = NEW.id;
END;
