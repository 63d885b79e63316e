import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@app/shared';
import { SEARCH_SORTS, type SearchSort } from '../search.types.js';

// `?voucherEligible=true|false`; anything else stays a string and fails IsBoolean.
const QueryBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
const MAX_FEN = 100_000_000_000;

export class SearchListingsQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Words in Chinese or Latin letters, e.g. 专利申请, MES, ISO9001',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: 'digital' })
  @IsOptional()
  @Matches(/^[a-z_]{1,32}$/, { message: 'category must be a category code' })
  category?: string;

  @ApiPropertyOptional({
    example: '330206',
    description: 'Listings serving this region, a region above it (a city serves its districts) or one within it',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit region code' })
  regionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'voucherEligible must be true or false' })
  voucherEligible?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'srdiSpecial must be true or false' })
  srdiSpecial?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 5, description: "The provider's average rating, at least" })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(5)
  minRating?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Inclusive; quote-priced listings are left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  priceMinFen?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Inclusive; quote-priced listings are left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  priceMaxFen?: number;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort: SearchSort = 'relevance';
}
