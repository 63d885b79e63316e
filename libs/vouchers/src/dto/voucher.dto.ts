import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { SRDI_TIERS } from '@app/enterprises';
import { IsCalendarDate, OptionalNotNull, PageQuery, Trim } from '@app/shared';

const MAX_FEN = 100_000_000_000;

export class CreateVoucherProgramDto {
  @ApiProperty({ example: '2026年度宁波市专精特新服务券', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ example: 500000000, description: 'Total budget, integer fen' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  budgetFen: number;

  @ApiProperty({ example: 5000, description: 'Share of the agreed price a voucher pays, basis points (1-10000)' })
  @IsInt()
  @Min(1)
  @Max(10000)
  coverageBp: number;

  @ApiProperty({ example: 5000000 })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  maxFaceValueFen: number;

  @ApiProperty({ example: 10000000, description: "Sum of one enterprise's face values in this programme" })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  perEnterpriseYearCapFen: number;

  @ApiProperty({ example: ['ip', 'digital'], description: 'Eligible service categories' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z_]{1,32}$/, { each: true, message: 'categories must be category codes' })
  categories: string[];

  @ApiProperty({ enum: SRDI_TIERS, isArray: true, description: 'Eligible verified tiers' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SRDI_TIERS, { each: true })
  tiers: string[];

  @ApiProperty({ example: '2026-01-01', description: 'Applications from (inclusive, Asia/Shanghai)' })
  @IsCalendarDate()
  applyFrom: string;

  @ApiProperty({ example: '2026-10-31' })
  @IsCalendarDate()
  applyUntil: string;

  @ApiProperty({ example: '2026-01-01', description: 'Vouchers usable from (inclusive)' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: '2026-12-31', description: 'Vouchers usable until (inclusive); then unused money expires' })
  @IsCalendarDate()
  validUntil: string;
}

export class UpdateVoucherProgramDto extends PartialType(CreateVoucherProgramDto, { skipNullProperties: false }) {}

export class VoucherProgramsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['draft', 'open', 'closed'] })
  @IsOptional()
  @IsIn(['draft', 'open', 'closed'])
  status?: 'draft' | 'open' | 'closed';
}

export class VoucherApplicationDto {
  @ApiProperty({ example: 3000000, description: 'Face value asked for, integer fen' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  requestedFen: number;

  @ApiProperty({ example: '申请专利布局与数字化诊断服务', maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  purpose: string;
}

export class ApproveApplicationDto {
  @ApiPropertyOptional({
    example: 2000000,
    description: 'Face value issued; at most the amount applied for (default it)',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  faceValueFen?: number;
}

export class BulkIssueDto {
  @ApiProperty({ enum: SRDI_TIERS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SRDI_TIERS, { each: true })
  tiers: string[];

  @ApiProperty({ example: 1000000 })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  faceValueFen: number;
}

export class VoucherApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['submitted', 'approved', 'rejected'] })
  @IsOptional()
  @IsIn(['submitted', 'approved', 'rejected'])
  status?: 'submitted' | 'approved' | 'rejected';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  programId?: string;
}

export class VouchersQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  programId?: string;
}
