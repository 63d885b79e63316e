import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Trim } from '@app/shared';

/** A score: an integer 1-5 (strings and fractions refused). */
const Score = (description: string) =>
  applyDecorators(ApiProperty({ minimum: 1, maximum: 5, description }), IsInt(), Min(1), Max(5));

export class RatingDto {
  @Score('总体满意度 overall')
  overall: number;

  @Score('专业能力 professionalism')
  professionalism: number;

  @Score('响应及时 timeliness')
  timeliness: number;

  @Score('服务成效 effectiveness')
  effectiveness: number;

  @Score('性价比 value')
  value: number;

  @ApiPropertyOptional({ maxLength: 1000, example: '撰写质量高，沟通及时，两件发明专利均已受理。' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  comment?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { patentsFiled: 2, patentsGranted: 0 },
    description:
      "Measured outcomes of the order's category: ip { patentsFiled, patentsGranted, trademarks }, digital { maturityBefore, maturityAfter } (1-5), energy_carbon { energySavedTce, co2SavedT }, finance { financingRaisedFen }, market { newContracts, newCustomers }; any category { note }",
  })
  @IsOptional()
  // The object as sent: class-transformer's copy drops keys such as `toString`, which must be refused, not ignored.
  @Transform(({ obj }) => (obj as { outcomes?: unknown }).outcomes)
  @IsObject()
  outcomes?: Record<string, unknown>;
}

/** Edits within 7 days: any field; null is refused (skipNullProperties: false). */
export class UpdateRatingDto extends PartialType(RatingDto, { skipNullProperties: false }) {}

export class ReplyDto {
  @ApiProperty({ maxLength: 2000, example: '感谢认可，后续授权进展我们会及时同步。' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  body: string;
}
