import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: the one search_state row (its version invalidates cached search results). */
export class SearchStateRow1795360530404 implements MigrationInterface {
  name = 'SearchStateRow1795360530404';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "search_state" ("id", "version") VALUES (1, 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "search_state" WHERE "id" = 1`);
  }
}
