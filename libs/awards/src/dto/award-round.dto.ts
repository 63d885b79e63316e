import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery, ReasonDto } from '@app/shared';
import { OBJECTION_OUTCOMES, type ObjectionOutcome } from '../award-notice.rules.js';

// Types only here: ranges, sums, overlaps and the budget are checked by `configProblems` (stable 422 codes).

export class AwardWeightsDto {
  @ApiPropertyOptional({ example: 0.4, description: 'Weight of enterprises served (default 0.40)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  served?: number;

  @ApiPropertyOptional({ example: 0.35, description: 'Weight of satisfaction (default 0.35)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  satisfaction?: number;

  @ApiPropertyOptional({ example: 0.25, description: 'Weight of effectiveness (default 0.25); the three sum to 1' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  effectiveness?: number;
}

export class AwardTierDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  fromRank: number;

  @ApiProperty({ example: 3, description: 'Inclusive' })
  @IsInt()
  toRank: number;

  @ApiProperty({ example: 50000000, description: 'Each rank of the tier receives this, integer fen' })
  @IsInt()
  amountFen: number;
}

/** DOMAIN.md §7: every field optional, a missing one takes its default. */
export class AwardConfigDto {
  @ApiPropertyOptional({ type: AwardWeightsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AwardWeightsDto)
  weights?: AwardWeightsDto | null;

  @ApiPropertyOptional({ example: 5, description: '`C`, the prior weight (default 5)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  priorWeight?: number | null;

  @ApiPropertyOptional({ example: 3, description: 'Enterprises served at least (default 3)' })
  @IsOptional()
  @IsInt()
  minServed?: number | null;

  @ApiPropertyOptional({ example: 3, description: 'Rating enterprises at least (default 3)' })
  @IsOptional()
  @IsInt()
  minRatings?: number | null;

  @ApiPropertyOptional({ example: 100000, description: 'Orders below this agreed price do not count (default 100000)' })
  @IsOptional()
  @IsInt()
  minOrderFen?: number | null;

  @ApiPropertyOptional({ example: '06-30', description: 'MM-DD: admitted on or before this day of the year' })
  @IsOptional()
  @IsString()
  admittedBy?: string | null;

  @ApiPropertyOptional({ example: 7, description: 'Days of public notice (default 7)' })
  @IsOptional()
  @IsInt()
  noticeDays?: number | null;

  @ApiPropertyOptional({ type: [AwardTierDto], description: 'Default: 1-3 500,000 CNY; 4-6 300,000; 7-10 100,000' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AwardTierDto)
  tiers?: AwardTierDto[] | null;
}

export class CreateAwardRoundDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  year: number;

  @ApiProperty({ example: 150000000, description: 'Total award budget, integer fen' })
  @IsInt()
  budgetFen: number;

  @ApiPropertyOptional({ type: AwardConfigDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AwardConfigDto)
  config?: AwardConfigDto | null;
}

export class AwardRoundsQuery extends PageQuery {}

/** `{ outcome, reason }`: the reason is required (REASON_REQUIRED) either way. */
export class AnswerObjectionDto extends ReasonDto {
  @ApiProperty({ enum: OBJECTION_OUTCOMES, description: 'upheld: the round returns to computed; dismissed: it stays' })
  @IsIn(OBJECTION_OUTCOMES)
  outcome: ObjectionOutcome;
}

export class StandingQuery {
  @ApiPropertyOptional({ example: 2026, description: 'Default: the current year (Asia/Shanghai)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(9999)
  year?: number;
}
