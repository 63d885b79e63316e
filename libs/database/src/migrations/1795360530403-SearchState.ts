import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchState1795360530403 implements MigrationInterface {
  name = 'SearchState1795360530403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_state" ("id" smallint NOT NULL, "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_2750469a98b49efe9b4adbba7e2" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_state"`);
  }
}
