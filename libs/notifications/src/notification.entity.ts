import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An in-app notification for an organisation (an enterprise, a provider or the bureau): every user
 * of the organisation sees it, and one of them reading it marks it read for all.
 */
@Entity('notification')
// Newest first per organisation; PostgreSQL scans the btree backwards for `created_at DESC`.
@Index('ix_notification_org_created', ['orgId', 'createdAt', 'id'])
@Index('ix_notification_org_unread', ['orgId', 'createdAt'], { where: '"read_at" IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  /** What happened, e.g. `rate_order`, `rating_hidden`, `rating_replied`, `rating_received`. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** Chinese text shown in the console. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  /** An API/console path such as `/orders/<id>`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  /** The object it is about (an order, a rating…). */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** A notification with the same key is created once, however often and concurrently it is sent. */
  @Index('ux_notification_dedupe_key', { unique: true, where: '"dedupe_key" IS NOT NULL' })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'read_by', type: 'uuid', nullable: true })
  readBy: string | null;

  /** From the app Clock (not `now()`), so tests can move time. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
