import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { Trim } from '@app/shared';

/** A reviewer's decision. `reason` is required to return, reject, suspend and remove. */
export class PoolDecisionDto {
  @ApiPropertyOptional({ example: '资质证书已过期，请更新后重新提交', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}
