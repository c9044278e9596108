-- row_counts holds the number of orders, kept by triggers: the unfiltered order list reads its total here.
INSERT INTO row_counts (name, n) VALUES ('orders', (SELECT count(*) FROM orders));
--> statement-breakpoint
CREATE TRIGGER orders_insert_row_count AFTER INSERT ON orders
BEGIN
  UPDATE row_counts SET n = n + 1 WHERE name = 'orders';
END;
--> statement-breakpoint
CREATE TRIGGER orders_delete_row_count AFTER DELETE ON orders
BEGIN
  UPDATE row_counts SET n = n - 1 WHERE name = 'orders';
END;
