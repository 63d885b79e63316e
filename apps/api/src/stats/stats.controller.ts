import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '@app/identity';
import { StatsOverview, StatsService } from '@app/stats';

@ApiTags('bureau')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('overview')
  @Auth('bureau')
  @ApiOkResponse({
    type: StatsOverview,
    description:
      'The pool against its target of 100 by status and category, listings and orders by status, voucher programmes ' +
      'with budget figures and a monthly burn-down (Asia/Shanghai), satisfaction; `awards.byYear` is always empty ' +
      'until award rounds are stored (no awards tables exist yet)',
  })
  overview(): Promise<StatsOverview> {
    return this.stats.overview();
  }
}
