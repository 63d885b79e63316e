import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: which field a word is in, in a form the GIN index answers exactly (it keeps no
 * weights). `field_tsv` holds the title's words prefixed `t:` and the tags' prefixed `g:`, so a
 * relevance group ("a word in the title") is an index condition, not a recheck of every hit.
 * The GIN index on region codes goes: a region matches half the listings or more, and building
 * its bitmap cost more than filtering the rows a word or the summary already narrowed.
 */
export class SearchFieldWords1796180000001 implements MigrationInterface {
  name = 'SearchFieldWords1796180000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_document" ADD "field_tsv" tsvector NOT NULL DEFAULT ''`);
    await queryRunner.query(`
      UPDATE search_document SET field_tsv = array_to_tsvector(ARRAY(
        SELECT 't:' || w FROM unnest(tsvector_to_array(ts_filter(tsv, '{a}'))) w
        UNION SELECT 'g:' || w FROM unnest(tsvector_to_array(ts_filter(tsv, '{b}'))) w))`);
    await queryRunner.query(`ALTER TABLE "search_document" ALTER COLUMN "field_tsv" DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX "ix_search_document_field_tsv" ON "search_document" USING GIN ("field_tsv")`);
    await queryRunner.query(`DROP INDEX "public"."ix_search_document_regions"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_search_document_regions" ON "search_document" USING GIN ("region_codes")`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_search_document_field_tsv"`);
    await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "field_tsv"`);
  }
}
