import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: what makes search cost independent of the number of hits.
 * - `search_facet_summary`: how many documents share each (category, region set, voucher, SRDI
 *   special) key, kept by statement-level triggers on `search_document`. Filter-only browsing
 *   reads its count and facets from these few hundred rows instead of every document.
 * - One btree per sort order, so a page of filter-only browsing is read in order and stops.
 */
export class SearchSummaryAndSortIndexes1796180000000 implements MigrationInterface {
  name = 'SearchSummaryAndSortIndexes1796180000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_facet_summary" ("category" character varying(32) NOT NULL, "region_codes" text array NOT NULL, "voucher_eligible" boolean NOT NULL, "srdi_special" boolean NOT NULL, "n" integer NOT NULL, CONSTRAINT "PK_search_facet_summary" PRIMARY KEY ("category", "region_codes", "voucher_eligible", "srdi_special"))`,
    );
    // One function for the three triggers: each adds its rows' keys (+1 new, -1 old) in key order
    // (two writers never take the same keys in opposite orders) and drops the keys left empty. (No
    // CHECK (n >= 0): it would be tested on a negative delta before ON CONFLICT adds it to its key.)
    const key = 'category, region_codes, voucher_eligible, srdi_special';
    await queryRunner.query(`
      CREATE FUNCTION search_facet_summary_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO search_facet_summary AS s (${key}, n)
            SELECT ${key}, count(*) FROM new_rows GROUP BY ${key} ORDER BY ${key}
            ON CONFLICT (${key}) DO UPDATE SET n = s.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE search_facet_summary AS s SET n = s.n - d.n
            FROM (SELECT ${key}, count(*) AS n FROM old_rows GROUP BY ${key}) d
            WHERE (s.category, s.region_codes, s.voucher_eligible, s.srdi_special)
                = (d.category, d.region_codes, d.voucher_eligible, d.srdi_special);
        ELSE
          INSERT INTO search_facet_summary AS s (${key}, n)
            SELECT ${key}, sum(d) FROM (
              SELECT ${key}, 1 AS d FROM new_rows UNION ALL SELECT ${key}, -1 FROM old_rows
            ) x GROUP BY ${key} HAVING sum(d) <> 0 ORDER BY ${key}
            ON CONFLICT (${key}) DO UPDATE SET n = s.n + EXCLUDED.n;
        END IF;
        DELETE FROM search_facet_summary WHERE n = 0;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER search_facet_summary_insert AFTER INSERT ON search_document REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_summary_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER search_facet_summary_update AFTER UPDATE ON search_document REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_summary_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER search_facet_summary_delete AFTER DELETE ON search_document REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_summary_apply()`,
    );
    await queryRunner.query(
      `INSERT INTO search_facet_summary SELECT category, region_codes, voucher_eligible, srdi_special, count(*) FROM search_document GROUP BY 1, 2, 3, 4`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_document_by_rating_served" ON "search_document" ("rating" DESC, "served_count" DESC, "listing_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_document_by_rating" ON "search_document" ("rating" DESC, "rating_count" DESC, "listing_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_document_by_price" ON "search_document" ("price_fen", "listing_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_document_by_price_desc" ON "search_document" ("price_fen" DESC NULLS LAST, "listing_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_document_by_served" ON "search_document" ("served_count" DESC, "listing_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const ix of ['by_rating_served', 'by_rating', 'by_price', 'by_price_desc', 'by_served']) {
      await queryRunner.query(`DROP INDEX "public"."ix_search_document_${ix}"`);
    }
    for (const op of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER search_facet_summary_${op} ON search_document`);
    }
    await queryRunner.query(`DROP FUNCTION search_facet_summary_apply()`);
    await queryRunner.query(`DROP TABLE "search_facet_summary"`);
  }
}
