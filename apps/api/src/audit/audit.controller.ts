import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditQuery, AuditService, type AuditEventView } from '@app/audit';
import { Auth } from '@app/identity';
import type { Page } from '@app/shared';

@ApiTags('bureau')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Auth('bureau')
  @ApiOkResponse({ description: '{ items, total, page, pageSize } of audit events, newest first' })
  list(@Query() query: AuditQuery): Promise<Page<AuditEventView>> {
    return this.audit.list(query);
  }
}
