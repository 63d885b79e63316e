import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Notification } from './notification.entity.js';

/** A notification to insert: what `notify` takes, checked, with its creation time. */
export interface NotificationRow {
  orgId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  subjectId: string | null;
  dedupeKey: string | null;
}

/** Named queries of the `notification` table. */
@Injectable()
export class NotificationsRepository {
  /**
   * Inserts the rows in one statement (one array per column, whatever their number); a row whose
   * dedupe key exists already, committed or in a concurrent transaction, is skipped (the unique
   * index decides). Returns the ids created.
   */
  async insertSkippingDuplicates(em: EntityManager, rows: NotificationRow[], createdAt: Date): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted: Array<{ id: string }> = await em.query(
      `INSERT INTO notification (org_id, kind, title, body, link, subject_id, dedupe_key, created_at)
       SELECT org_id, kind, title, body, link, subject_id, dedupe_key, $8
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::uuid[], $7::varchar[])
           AS r(org_id, kind, title, body, link, subject_id, dedupe_key)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        rows.map((r) => r.orgId),
        rows.map((r) => r.kind),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.link),
        rows.map((r) => r.subjectId),
        rows.map((r) => r.dedupeKey),
        createdAt,
      ],
    );
    return inserted.map((r) => r.id);
  }

  /** One page of an organisation's notifications, newest first (all, or the unread ones). */
  pageOfOrg(
    em: EntityManager,
    orgId: string,
    unreadOnly: boolean,
    window: { skip: number; take: number },
  ): Promise<[Notification[], number]> {
    const query = em.createQueryBuilder(Notification, 'n').where('n.org_id = :orgId', { orgId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return query
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .skip(window.skip)
      .take(window.take)
      .getManyAndCount();
  }

  async countUnreadOfOrg(em: EntityManager, orgId: string): Promise<number> {
    const [row]: Array<{ n: number }> = await em.query(
      'SELECT count(*)::int AS n FROM notification WHERE org_id = $1 AND read_at IS NULL',
      [orgId],
    );
    return row.n;
  }

  /** Marks one notification of the organisation read unless it is already (the first reader is kept). */
  async markReadIfUnread(em: EntityManager, orgId: string, id: string, userId: string, at: Date): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: at, readBy: userId })
      .where('id = :id AND org_id = :orgId AND read_at IS NULL', { id, orgId })
      .execute();
    return result.affected === 1;
  }

  notificationOfOrg(em: EntityManager, orgId: string, id: string): Promise<Notification | null> {
    return em.findOneBy(Notification, { id, orgId });
  }

  /** Marks every unread notification of the organisation read; returns how many. */
  async markAllReadOfOrg(em: EntityManager, orgId: string, userId: string, at: Date): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: at, readBy: userId })
      .where('org_id = :orgId AND read_at IS NULL', { orgId })
      .execute();
    return result.affected ?? 0;
  }
}
