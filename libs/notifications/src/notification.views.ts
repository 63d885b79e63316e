import { ApiProperty } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import type { Notification } from './notification.entity.js';

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'rate_order' }) kind: string;
  @ApiProperty({ example: '请评价已完成的服务' }) title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, example: '/orders/6f1c…' }) link: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The object it is about' })
  subjectId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) readAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The user who read it first' })
  readBy: string | null;
}

export class NotificationPage extends PageViewOf(NotificationView) {
  @ApiProperty({ description: "How many of the organisation's notifications are unread (whatever the filter)" })
  unread: number;
}

export class MarkAllReadView {
  @ApiProperty({ description: 'How many notifications were unread and are now read' }) updated: number;
}

export function notificationView(n: Notification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    subjectId: n.subjectId,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
    readBy: n.readBy,
  };
}
