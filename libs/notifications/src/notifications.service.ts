import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, Clock, NotFoundError, pageWindow } from '@app/shared';
import type { NotificationsQuery } from './dto/notifications.query.js';
import { type NotificationRow, NotificationsRepository } from './notifications.repository.js';
import {
  type MarkAllReadView,
  type NotificationPage,
  type NotificationView,
  notificationView,
} from './notification.views.js';

/** A notification to send to every user of an organisation. */
export interface NewNotification {
  /** The organisation it is for: an enterprise, a provider or the bureau. */
  orgId: string;
  /** What happened, e.g. `rate_order`, `rating_hidden`, `rating_replied`, `rating_received`; up to 40 characters. */
  kind: string;
  /** Chinese text shown in the console; up to 200 characters. */
  title: string;
  /** Up to 2,000 characters; a longer one is cut with an ellipsis (it may quote a user's text). */
  body: string;
  /** An API/console path such as `/orders/<id>`; up to 300 characters. */
  link?: string | null;
  /** The object it is about. */
  subjectId?: string | null;
  /** Sent once per key, even concurrently (e.g. `rate_order:<orderId>`); up to 200 characters. */
  dedupeKey?: string | null;
}

const LIMITS = { kind: 40, title: 200, link: 300, dedupeKey: 200 } as const;
const BODY_LIMIT = 2000;

/**
 * In-app notifications (站内通知) for organisations, used by other contexts: they `notify` in the
 * transaction of the change they tell about, so a notification exists exactly when its change
 * committed. Users list their organisation's and mark them read.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  /** Creates a notification in the caller's transaction: true when created, false when its dedupe key existed. */
  async notify(em: EntityManager, n: NewNotification): Promise<boolean> {
    return (await this.notifyMany(em, [n])) === 1;
  }

  /** Creates notifications in one INSERT in the caller's transaction; returns how many were created (dedupe keys skip). */
  async notifyMany(em: EntityManager, list: readonly NewNotification[]): Promise<number> {
    const ids = await this.notifications.insertSkippingDuplicates(em, list.map(rowOf), this.clock.now());
    return ids.length;
  }

  /** The actor's organisation's notifications, newest first, with its unread count. */
  async list(actor: Actor, query: NotificationsQuery): Promise<NotificationPage> {
    const em = this.dataSource.manager;
    const [[items, total], unread] = await Promise.all([
      this.notifications.pageOfOrg(em, actor.orgId, query.unread === 'true', pageWindow(query)),
      this.notifications.countUnreadOfOrg(em, actor.orgId),
    ]);
    return { items: items.map(notificationView), total, page: query.page, pageSize: query.pageSize, unread };
  }

  /** Marks one of the organisation's notifications read (again: no change); another's answers 404. */
  async markRead(actor: Actor, id: string): Promise<NotificationView> {
    const em = this.dataSource.manager;
    await this.notifications.markReadIfUnread(em, actor.orgId, id, actor.userId, this.clock.now());
    const notification = await this.notifications.notificationOfOrg(em, actor.orgId, id);
    if (!notification) throw new NotFoundError('Notification');
    return notificationView(notification);
  }

  /** Marks all of the organisation's unread notifications read. */
  async markAllRead(actor: Actor): Promise<MarkAllReadView> {
    const updated = await this.notifications.markAllReadOfOrg(
      this.dataSource.manager,
      actor.orgId,
      actor.userId,
      this.clock.now(),
    );
    return { updated };
  }
}

/** A caller's notification as a row: over-long fields are a caller's bug, refused before the INSERT. */
function rowOf(n: NewNotification): NotificationRow {
  for (const field of ['kind', 'title', 'link', 'dedupeKey'] as const) {
    const value = n[field];
    if (value != null && [...value].length > LIMITS[field]) {
      throw new Error(`Notification ${field} is longer than ${LIMITS[field]} characters: ${value.slice(0, 60)}…`);
    }
  }
  if (!n.kind || !n.title) throw new Error('A notification needs a kind and a title');
  return {
    orgId: n.orgId,
    kind: n.kind,
    title: n.title,
    body: cut(n.body, BODY_LIMIT),
    link: n.link ?? null,
    subjectId: n.subjectId ?? null,
    dedupeKey: n.dedupeKey ?? null,
  };
}

function cut(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}
