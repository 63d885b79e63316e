import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { Trim } from './text.js';

/** A decision's body, `{ reason }`: required (by the rules, not here) to return, reject, suspend, remove, take down. */
export class ReasonDto {
  @ApiPropertyOptional({ example: '资质证书已过期，请更新后重新提交', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}
