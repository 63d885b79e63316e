import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, OptionalNotNull, PHONE_PATTERN, Trim } from '@app/shared';

export class QualificationDto {
  @ApiProperty({ example: '专利代理机构执业许可证', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  kind: string;

  @ApiProperty({ example: '33107', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  number: string;

  @ApiProperty({ example: '国家知识产权局', maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  issuer: string;

  @ApiProperty({ example: '2028-12-31', description: 'YYYY-MM-DD, inclusive' })
  @IsCalendarDate()
  validUntil: string;
}

/** Provider profile PATCH (API.md): every field optional, none nullable; sent fields replace the stored ones. */
export class UpdateProviderProfileDto {
  @ApiPropertyOptional({ example: '宁波知行知识产权代理有限公司', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: '330212', description: 'A region of the jurisdiction' })
  @OptionalNotNull()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit region code' })
  regionCode?: string;

  @ApiPropertyOptional({ example: '王磊', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  legalRepresentative?: string;

  @ApiPropertyOptional({ example: '陈晓', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  contactName?: string;

  @ApiPropertyOptional({ example: '13805741234' })
  @OptionalNotNull()
  @Trim()
  @Matches(PHONE_PATTERN, { message: 'contactPhone must be a mainland mobile or landline number' })
  contactPhone?: string;

  @ApiPropertyOptional({ example: '宁波市鄞州区天童南路588号', maxLength: 100 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  address?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 2000)
  introduction?: string;

  @ApiPropertyOptional({ example: ['ip', 'legal_tax'], description: 'Service category codes (GET /api/v1/categories)' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(11)
  @ArrayUnique()
  @IsString({ each: true })
  categories?: string[];

  @ApiPropertyOptional({ type: [QualificationDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => QualificationDto)
  qualifications?: QualificationDto[];

  @ApiPropertyOptional({ example: 25, minimum: 1, maximum: 1000000 })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  staffCount?: number;
}
