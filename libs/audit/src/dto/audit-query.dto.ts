import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '@app/shared';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '../audit-event.entity.js';

// A date-time with its zone: a bare date or a local time would depend on the server's time zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_TIME_MESSAGE = (field: string) =>
  `${field} must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T00:00:00+08:00`;

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType?: AuditEntityType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The user who acted' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The acting user's organisation" })
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @ApiPropertyOptional({ example: 'approve', description: 'Exact action name' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_.-]{0,63}$/, { message: 'action must be an action name (a-z, 0-9, _, ., -; up to 64)' })
  action?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events at or after this instant (inclusive)' })
  @IsOptional()
  @Matches(DATE_TIME, { message: DATE_TIME_MESSAGE('from') })
  @IsISO8601({ strict: true }, { message: DATE_TIME_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events before this instant (exclusive)' })
  @IsOptional()
  @Matches(DATE_TIME, { message: DATE_TIME_MESSAGE('to') })
  @IsISO8601({ strict: true }, { message: DATE_TIME_MESSAGE('to') })
  to?: string;
}
