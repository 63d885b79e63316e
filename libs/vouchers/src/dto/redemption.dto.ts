import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
import { PageQuery, Trim, UpperTrim } from '@app/shared';
import { CLAIM_STATUSES, type ClaimStatus } from '../redemption.entity.js';

const MAX_FEN = 100_000_000_000;

/** 兑付 redemption claim: the provider's invoice, contract and service report for one completed order. */
export class SubmitClaimDto {
  @ApiProperty({ format: 'uuid', description: 'A completed order of yours with a consumed voucher part' })
  @IsUUID('all')
  orderId: string;

  @ApiProperty({
    example: '26332000000012345678',
    maxLength: 50,
    description: 'Unique in the whole system; compared without case and surrounding spaces',
  })
  @UpperTrim()
  @IsString()
  @Matches(/^[0-9A-Z][0-9A-Z-]{0,49}$/, { message: 'invoiceNo must be 1-50 letters, digits or dashes' })
  invoiceNo: string;

  @ApiProperty({ example: 450000, description: 'Integer fen; at least the agreed price of the order' })
  @IsInt()
  @Min(1)
  @Max(MAX_FEN)
  invoiceAmountFen: number;

  @ApiProperty({ example: 'HT-2026-0312', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  contractNo: string;

  @ApiProperty({ example: '完成两件发明专利的技术交底、检索与申请文件撰写，已取得受理通知书。', maxLength: 2000 })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reportSummary: string;
}

export class RejectClaimDto {
  @ApiPropertyOptional({ example: '发票抬头与合同主体不一致，请更正后重新提交', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason?: string;

  @ApiProperty({
    description: 'true: final (fraud), the amount is forfeited; false: correctable, the provider may claim again',
  })
  @IsBoolean()
  final: boolean;
}

export class RedemptionClaimsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CLAIM_STATUSES })
  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  programId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  orderId?: string;
}

export class CreateSettlementBatchDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Approved claims in no batch yet (1-500)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  claimIds: string[];
}

export class MarkBatchPaidDto {
  @ApiProperty({ example: 'ICBC-20260415-000123', maxLength: 100, description: 'The bank transfer reference' })
  @Trim()
  @IsString()
  @Length(1, 100)
  bankReference: string;
}

export class SettlementBatchesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['created', 'paid'] })
  @IsOptional()
  @IsIn(['created', 'paid'])
  status?: 'created' | 'paid';
}
