import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

/** A matchmaking event (对接活动) the bureau organises: enterprises and pool providers register, then meet 1:1. */
@Entity('matchmaking_event')
@Check('ck_matchmaking_event_time', '"ends_at" > "starts_at"')
@Check('ck_matchmaking_event_capacity', '"enterprise_capacity" >= 0 AND "provider_capacity" >= 0')
@Index('ix_matchmaking_event_starts_at', ['startsAt'])
export class MatchmakingEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The venue, or the meeting room's address when online. */
  @Column({ type: 'varchar', length: 200 })
  place: string;

  @Column({ type: 'boolean' })
  online: boolean;

  /** Service category codes the event is about. */
  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ name: 'enterprise_capacity', type: 'int' })
  enterpriseCapacity: number;

  @Column({ name: 'provider_capacity', type: 'int' })
  providerCapacity: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** From the app's clock. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const REGISTRATION_KINDS = ['enterprise', 'provider'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

/** An enterprise's or an approved provider's place at an event (报名). */
@Entity('event_registration')
@Index('ux_event_registration_org', ['eventId', 'orgId'], { unique: true })
@Index('ix_event_registration_org', ['orgId'])
@Check('ck_event_registration_org_type', `"org_type" IN ('enterprise', 'provider')`)
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => MatchmakingEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_registration_event' })
  event: Relation<MatchmakingEvent>;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'org_type', type: 'varchar', length: 16 })
  orgType: RegistrationKind;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A 1:1 meeting (洽谈) the bureau schedules between a registered enterprise and provider, and whether it was held. */
@Entity('meeting')
@Check('ck_meeting_minutes', '"minutes" BETWEEN 5 AND 240')
@Index('ix_meeting_enterprise', ['enterpriseId', 'startsAt'])
@Index('ix_meeting_provider', ['providerId', 'startsAt'])
@Index('ix_meeting_event', ['eventId', 'startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => MatchmakingEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_meeting_event' })
  event: Relation<MatchmakingEvent>;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'int' })
  minutes: number;

  /** Null until the bureau records the outcome after the meeting's start. */
  @Column({ type: 'boolean', nullable: true })
  held: boolean | null;

  @Column({ name: 'outcome_note', type: 'varchar', length: 2000, nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  @Column({ name: 'outcome_by', type: 'uuid', nullable: true })
  outcomeBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
