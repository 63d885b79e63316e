import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, OptionalNotNull, PageQuery, Trim } from '@app/shared';
import { DEMAND_STATUSES, type DemandStatus, type DemandVisibility } from '../matchmaking.rules.js';

/** 10 亿元, as listings: far above any service fee. */
const MAX_FEN = 100_000_000_000;
const VISIBILITIES = ['pool', 'public'] as const;

export class CreateDemandDto {
  @ApiProperty({ example: '企业数字化转型诊断与MES选型咨询', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  title: string;

  @ApiProperty({ example: '年产值约2亿元的汽车零部件企业，计划明年上线MES，希望先做一次数字化诊断……', maxLength: 4000 })
  @Trim()
  @IsString()
  @Length(1, 4000)
  description: string;

  @ApiProperty({ example: 'digital' })
  @Matches(/^[a-z_]{1,32}$/, { message: 'category must be a category code' })
  category: string;

  @ApiProperty({ example: '330212' })
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit region code' })
  regionCode: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 5000000, description: 'Integer fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  budgetMinFen?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 15000000, description: 'Integer fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  budgetMaxFen?: number | null;

  @ApiProperty({ example: '2027-01-31', description: 'Last day proposals are taken (YYYY-MM-DD, Asia/Shanghai)' })
  @IsCalendarDate()
  deadline: string;

  @ApiPropertyOptional({ default: false, description: 'The enterprise means to pay part with a service voucher' })
  @OptionalNotNull()
  @IsBoolean()
  voucherIntended?: boolean;

  @ApiProperty({
    enum: VISIBILITIES,
    description: 'pool: approved providers of the category and the bureau; public: anyone',
  })
  @IsIn(VISIBILITIES)
  visibility: DemandVisibility;
}

// Fields may be left out but not sent as null (only the budget bounds take null).
export class UpdateDemandDto extends PartialType(CreateDemandDto, { skipNullProperties: false }) {}

export class CloseDemandDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why (shown to the providers who proposed)' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(0, 500)
  reason?: string;
}

export class DemandsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'digital' })
  @IsOptional()
  @Matches(/^[a-z_]{1,32}$/, { message: 'category must be a category code' })
  category?: string;

  @ApiPropertyOptional({ example: '330200', description: 'The region and its districts' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit region code' })
  regionCode?: string;

  @ApiPropertyOptional({ description: 'Words, segmented as listing search' })
  @IsOptional()
  @IsString()
  @Length(0, 100)
  q?: string;

  @ApiPropertyOptional({ enum: DEMAND_STATUSES })
  @IsOptional()
  @IsIn(DEMAND_STATUSES)
  status?: DemandStatus;
}

export class ProposalDto {
  @ApiProperty({ example: 12000000, description: 'Integer fen, the price the order is quoted at' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  priceFen: number;

  @ApiProperty({ minimum: 1, maximum: 365, example: 45 })
  @IsInt()
  @Min(1)
  @Max(365)
  deliveryDays: number;

  @ApiProperty({ example: '两周现场诊断，输出诊断报告与MES选型建议，含三家供应商比选。', maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  note: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'One of its published listings' })
  @IsOptional()
  @IsUUID()
  listingId?: string | null;
}

export class UpdateProposalDto extends PartialType(ProposalDto, { skipNullProperties: false }) {}

export class AcceptProposalDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A voucher of the enterprise: checked now, held when it confirms',
  })
  @OptionalNotNull()
  @IsUUID()
  voucherId?: string;
}
