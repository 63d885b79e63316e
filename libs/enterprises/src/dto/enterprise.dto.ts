import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, OptionalNotNull, PageQuery, PHONE_PATTERN, Trim, UpperTrim } from '@app/shared';
import { CLAIM_STATUSES, type ClaimStatus, SRDI_TIERS, type SrdiTier } from '../enterprises.rules.js';

/** Enterprise profile PATCH: every field optional, none nullable. */
export class UpdateEnterpriseDto {
  @ApiPropertyOptional({ example: '宁波甬江精密机械有限公司', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: '陈建华', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  legalRepresentative?: string;

  @ApiPropertyOptional({ example: '0574-87654321' })
  @OptionalNotNull()
  @Trim()
  @Matches(PHONE_PATTERN, { message: 'contactPhone must be a mainland mobile or landline number' })
  contactPhone?: string;

  @ApiPropertyOptional({ example: '通用设备制造业', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  industry?: string;

  @ApiPropertyOptional({ example: 120, minimum: 1, maximum: 1000000 })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  employeeCount?: number;

  @ApiPropertyOptional({ example: '5000万-1亿元', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  revenueBand?: string;
}

export class TierClaimDto {
  @ApiProperty({ enum: SRDI_TIERS })
  @IsIn(SRDI_TIERS)
  tier: SrdiTier;

  @ApiProperty({ example: '浙经信企业〔2024〕123号', maxLength: 100 })
  @UpperTrim()
  @IsString()
  @Length(1, 100)
  certificateNo: string;

  @ApiProperty({ example: 2024, description: 'Year the tier was granted' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class TierDecisionDto {
  @ApiPropertyOptional({ example: '2027-12-31', description: 'verify: default 31 Dec of year + 3' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to reject' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class TierClaimsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CLAIM_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status: ClaimStatus = 'pending';
}
