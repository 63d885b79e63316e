import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditEventPage, AuditQuery, AuditService } from '@app/audit';
import { Auth } from '@app/identity';

@ApiTags('bureau')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Auth('bureau')
  @ApiOkResponse({ type: AuditEventPage, description: 'Audit events, newest first' })
  list(@Query() query: AuditQuery): Promise<AuditEventPage> {
    return this.audit.list(query);
  }
}
