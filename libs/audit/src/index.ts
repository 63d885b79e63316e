export * from './audit.module.js';
export * from './audit.service.js';
export { AuditEvent, AUDIT_ENTITY_TYPES, type AuditEntityType } from './audit-event.entity.js';
export { AuditQuery } from './dto/audit-query.dto.js';
