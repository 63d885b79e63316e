import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: GIN index for the directory's `categories @> ARRAY[...]` filter (entity: synchronize false). */
export class ProviderCategoriesGin1795358598072 implements MigrationInterface {
  name = 'ProviderCategoriesGin1795358598072';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_provider_categories" ON "provider" USING GIN ("categories")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_provider_categories"`);
  }
}
