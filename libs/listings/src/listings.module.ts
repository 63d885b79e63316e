import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CatalogModule } from '@app/catalog';
import { ProvidersModule } from '@app/providers';
import { SearchModule } from '@app/search';
import { Listing } from './listing.entity.js';
import { ListingsService } from './listings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Listing]), ProvidersModule, CatalogModule, AuditModule, SearchModule],
  providers: [ListingsService],
  exports: [ListingsService],
})
export class ListingsModule {}
