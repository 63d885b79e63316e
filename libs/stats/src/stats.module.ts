import { Module } from '@nestjs/common';
import { AwardsModule } from '@app/awards';
import { CatalogModule } from '@app/catalog';
import { ListingsModule } from '@app/listings';
import { MatchmakingModule } from '@app/matchmaking';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { RatingsModule } from '@app/ratings';
import { VouchersModule } from '@app/vouchers';
import { StatsService } from './stats.service.js';

/** The bureau's statistics: no tables of its own, only the other contexts' services. */
@Module({
  imports: [
    CatalogModule,
    ProvidersModule,
    ListingsModule,
    OrdersModule,
    VouchersModule,
    RatingsModule,
    AwardsModule,
    MatchmakingModule,
  ],
  providers: [StatsService],
  exports: [StatsService],
})
export class StatsModule {}
