// Schema applied by `npm run seed` (and the test setup) before any data; every statement is
// idempotent (IF NOT EXISTS). Statements are separated by semicolons at line ends.
//
// Every entity node also carries the technical label :Entity, so one constraint makes the
// seed slug unique across labels (the API addresses nodes by id alone) and one full-text
// index covers every label's names.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT prefecture_id IF NOT EXISTS FOR (n:Prefecture) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locality_id IF NOT EXISTS FOR (n:Locality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// One per relationship type: the loader's MERGE finds an existing relationship by an index seek
// on its id instead of scanning the relationships between its two ends (slow at hubs such as a
// Prime Minister), and an id reused between other nodes fails the load instead of duplicating.
CREATE CONSTRAINT met_with_id IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT represents_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT requested_cooperation_in_id IF NOT EXISTS FOR ()-[r:REQUESTED_COOPERATION_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT invests_in_id IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
// Retracting an article finds the relationships it states by their source, type by type.
CREATE INDEX rel_source_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.source);
CREATE INDEX rel_source_represents IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.source);
CREATE INDEX rel_source_requested_cooperation_in IF NOT EXISTS FOR ()-[r:REQUESTED_COOPERATION_IN]-() ON (r.source);
CREATE INDEX rel_source_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.source);
CREATE INDEX rel_source_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.source);
CREATE INDEX rel_source_participated_in IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.source);
CREATE INDEX rel_source_held_in IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.source);
CREATE INDEX rel_source_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.source);
CREATE INDEX rel_source_invests_in IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.source);
CREATE INDEX rel_source_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.source);
// A commit refuses an article already in the graph under another id: same text, or same URL.
// Unique, not only indexed: two commits of one text at once both find no duplicate, and only the
// constraint stops the second (409 CONFLICT). db/schema.ts drops the plain indexes these replace.
CREATE CONSTRAINT article_text_hash_unique IF NOT EXISTS FOR (a:Article) REQUIRE a.textHash IS UNIQUE;
CREATE CONSTRAINT article_url_unique IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE;
// The overview's ranking: the best-connected entities first, read in index order (the degree
// is stored by every writer; cypher/queries/entity-degrees.cypher).
CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree);
// 'standard-folding' folds diacritics (Quảng Ninh ↔ quang ninh, Đ ↔ d); aliases is a string list.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
