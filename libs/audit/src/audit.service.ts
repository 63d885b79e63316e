import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { And, type EntityManager, LessThan, MoreThanOrEqual, type Repository } from 'typeorm';
import { type AuditActor, type Page, pageOf, PageViewOf, pageWindow, ValidationFailedError } from '@app/shared';
import { AUDIT_ENTITY_TYPES, AuditEvent, type AuditEntityType } from './audit-event.entity.js';
import type { AuditQuery } from './dto/audit-query.dto.js';

export interface AuditRecord {
  entityType: AuditEntityType;
  entityId: string;
  action: string;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export class AuditEventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ example: 'approved' }) action: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: the system itself' }) actorId:
    string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) orgId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: Object }) before: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object }) after: Record<string, unknown> | null;
  @ApiProperty() createdAt: Date;
}

export class AuditEventPage extends PageViewOf(AuditEventView) {}

/** The audit log (审计). Every context records its changes here, inside the transaction that makes them. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Appends one event using the caller's transaction `em`, so the change and its record commit together. */
  async record(em: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
    // jsonb columns take any JSON value; TypeORM's deep-partial type cannot express that.
    await em.insert(AuditEvent, {
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      actorId: actor.userId,
      orgId: actor.orgId,
      reason: record.reason ?? null,
      before: (record.before ?? null) as object | null,
      after: (record.after ?? null) as object | null,
    } as Partial<AuditEvent> as object);
  }

  /**
   * Events matching every filter given, newest first: `from` inclusive, `to` exclusive. Entity filters
   * use ix_audit_event_entity (type, id, created_at), time alone ix_audit_event_created_at.
   */
  async list(query: AuditQuery): Promise<Page<AuditEventView>> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && to <= from)
      throw new ValidationFailedError([{ field: 'to', messages: ['to must be after from'] }]);
    const createdAt =
      from && to
        ? And(MoreThanOrEqual(from), LessThan(to))
        : from
          ? MoreThanOrEqual(from)
          : to
            ? LessThan(to)
            : undefined;
    const [rows, total] = await this.events.findAndCount({
      where: {
        ...(query.entityType && { entityType: query.entityType }),
        ...(query.entityId && { entityId: query.entityId }),
        ...(query.actorId && { actorId: query.actorId }),
        ...(query.orgId && { orgId: query.orgId }),
        ...(query.action && { action: query.action }),
        ...(createdAt && { createdAt }),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      ...pageWindow(query),
    });
    return pageOf(rows.map(toView), total, query);
  }
}

function toView(e: AuditEvent): AuditEventView {
  return {
    id: e.id,
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    actorId: e.actorId,
    orgId: e.orgId,
    reason: e.reason,
    before: e.before,
    after: e.after,
    createdAt: e.createdAt,
  };
}
