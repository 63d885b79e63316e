import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** Whose users a bureau admin lists: an organisation's, or the bureau's own when absent. */
export class UsersQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "An organisation's id; absent: the bureau's users" })
  @IsOptional()
  @IsUUID()
  orgId?: string;
}
