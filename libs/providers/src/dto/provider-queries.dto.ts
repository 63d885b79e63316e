import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PageQuery } from '@app/shared';
import { PROVIDER_STATUSES, type ProviderStatus } from '../providers.rules.js';

export class ApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROVIDER_STATUSES, default: 'submitted' })
  @IsOptional()
  @IsIn(PROVIDER_STATUSES)
  status: ProviderStatus = 'submitted';
}

export class DirectoryQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'ip' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,32}$/, { message: 'category must be a category code' })
  category?: string;

  @ApiPropertyOptional({ example: '330212', description: 'A region; a city includes its districts' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit region code' })
  regionCode?: string;
}
