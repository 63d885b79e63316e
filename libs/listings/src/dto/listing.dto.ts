import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
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
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { OptionalNotNull, PageQuery, Trim, TrimEach } from '@app/shared';
import { LISTING_STATUSES, type ListingStatus, PRICE_MODELS, type PriceModel } from '../listings.rules.js';

/** 10 亿元: far above any service fee, far below Number.MAX_SAFE_INTEGER. */
export const MAX_PRICE_FEN = 100_000_000_000;

export class CreateListingDto {
  @ApiProperty({ example: '发明专利申请代理（含检索与撰写）', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  title: string;

  @ApiProperty({ example: '由资深专利代理师完成技术交底、查新检索、申请文件撰写与答复审查意见……', maxLength: 5000 })
  @Trim()
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiProperty({ example: 'ip' })
  @Matches(/^[a-z_]{1,32}$/, { message: 'category must be a category code' })
  category: string;

  @ApiPropertyOptional({ type: [String], example: ['发明专利', '专利检索'], maxItems: 20 })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @TrimEach()
  @IsString({ each: true })
  @Length(1, 20, { each: true })
  tags?: string[];

  @ApiProperty({ enum: PRICE_MODELS })
  @IsIn(PRICE_MODELS)
  priceModel: PriceModel;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 450000,
    description: 'Integer fen; required for fixed and from, empty for quote',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FEN)
  priceFen?: number | null;

  @ApiProperty({ example: '件', maxLength: 10 })
  @Trim()
  @IsString()
  @Length(1, 10)
  unit: string;

  @ApiProperty({ minimum: 1, maximum: 365, example: 30 })
  @IsInt()
  @Min(1)
  @Max(365)
  deliveryDays: number;

  @ApiProperty({ type: [String], example: ['330200'], description: 'Regions served; a city serves its districts' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^\d{6}$/, { each: true, message: 'each regionCodes entry must be a 6-digit region code' })
  regionCodes: string[];

  @ApiPropertyOptional({ default: false, description: 'A special offer for SRDI SMEs' })
  @OptionalNotNull()
  @IsBoolean()
  srdiSpecial?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Service vouchers may pay part of the fee' })
  @OptionalNotNull()
  @IsBoolean()
  voucherEligible?: boolean;
}

// Fields may be left out but not sent as null (only priceFen, which is empty for quote, takes null).
export class UpdateListingDto extends PartialType(CreateListingDto, { skipNullProperties: false }) {}

export class OwnListingsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LISTING_STATUSES })
  @IsOptional()
  @IsIn(LISTING_STATUSES)
  status?: ListingStatus;
}
