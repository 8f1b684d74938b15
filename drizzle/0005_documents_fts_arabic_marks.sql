-- unicode61 reads Arabic short vowels, shadda, sukun and the other marks (U+064B-U+065F, U+0670) as separators and the
-- tatweel (U+0640) as a letter, so "النِّظامَ" was indexed as "الن" + "ظام" and a search for "النظام" missed it. The index
-- now holds the text without them (the view below), like the query (lib/analysis/fold-arabic-marks.ts); the search maps
-- its hits back onto the stored text, so offsets stay those of documents.text.
-- The GLOB scans a text once, so the many statements without marks skip the 23 replace() passes.
DROP TRIGGER `documents_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `documents_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `documents_fts_update`;
--> statement-breakpoint
DROP TABLE `documents_fts`;
--> statement-breakpoint
CREATE VIEW `documents_fts_source` AS SELECT id, title, CASE WHEN text GLOB '*[' || char(1611) || '-' || char(1631) || char(1648) || char(1600) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(text, char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') ELSE text END AS text FROM documents;
--> statement-breakpoint
CREATE VIRTUAL TABLE `documents_fts` USING fts5(title, text, content='documents_fts_source', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `documents_fts`(`documents_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `documents_fts_insert` AFTER INSERT ON `documents` BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, CASE WHEN new.text GLOB '*[' || char(1611) || '-' || char(1631) || char(1648) || char(1600) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.text, char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') ELSE new.text END);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_delete` AFTER DELETE ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, CASE WHEN old.text GLOB '*[' || char(1611) || '-' || char(1631) || char(1648) || char(1600) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(old.text, char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') ELSE old.text END);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_update` AFTER UPDATE OF title, text ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, CASE WHEN old.text GLOB '*[' || char(1611) || '-' || char(1631) || char(1648) || char(1600) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(old.text, char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') ELSE old.text END);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, CASE WHEN new.text GLOB '*[' || char(1611) || '-' || char(1631) || char(1648) || char(1600) || ']*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(new.text, char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), '') ELSE new.text END);
END;
