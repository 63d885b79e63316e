import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: GIN indexes for full-text (`tsv @@ tsquery`) and region (`region_codes && ARRAY[...]`) search. */
export class SearchDocumentGin1795359525022 implements MigrationInterface {
  name = 'SearchDocumentGin1795359525022';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_search_document_tsv" ON "search_document" USING GIN ("tsv")`);
    await queryRunner.query(
      `CREATE INDEX "ix_search_document_regions" ON "search_document" USING GIN ("region_codes")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_search_document_regions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_search_document_tsv"`);
  }
}
