import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@app/shared';

export class NotificationsQuery extends PageQuery {
  // A query string is a string: kept as 'true' | 'false' rather than coerced (Boolean('false') is true).
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the unread ones' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}
