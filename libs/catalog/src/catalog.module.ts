import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/shared';
import { CatalogService } from './catalog.service.js';
import { Jurisdiction } from './jurisdiction.js';
import { ServiceCategory } from './service-category.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceCategory])],
  providers: [
    CatalogService,
    {
      provide: Jurisdiction,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => Jurisdiction.fromFile(config.regionsFile),
    },
  ],
  exports: [CatalogService],
})
export class CatalogModule {}
