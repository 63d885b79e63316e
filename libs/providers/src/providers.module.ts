import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CatalogModule } from '@app/catalog';
import { IdentityModule } from '@app/identity';
import { Provider } from './provider.entity.js';
import { ProviderMembershipPeriod } from './provider-membership.entity.js';
import { ProvidersRepository } from './providers.repository.js';
import { PoolMembershipService } from './pool-membership.service.js';
import { ProvidersService } from './providers.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Provider, ProviderMembershipPeriod]), IdentityModule, CatalogModule, AuditModule],
  providers: [ProvidersService, PoolMembershipService, ProvidersRepository],
  exports: [ProvidersService, PoolMembershipService],
})
export class ProvidersModule {}
