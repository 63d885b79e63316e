import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { fenTransformer } from '@app/database';
import type { AwardConfig } from './awards.config.js';
import type { AwardRoundResult } from './awards.rules.js';
import type { ProviderFactsSnapshot } from './awards.snapshot.js';

export const AWARD_ROUND_STATUSES = ['draft', 'computed', 'published', 'final'] as const;
export type AwardRoundStatus = (typeof AWARD_ROUND_STATUSES)[number];

/** Where the round's compute job is (null: never queued). */
export const AWARD_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type AwardJobStatus = (typeof AWARD_JOB_STATUSES)[number];

/** An annual award round (优质服务机构评选), DOMAIN.md §7: one per year, whatever its status. */
@Entity('award_round')
@Index('ux_award_round_year', ['year'], { unique: true })
export class AwardRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ name: 'budget_fen', type: 'bigint', transformer: fenTransformer })
  budgetFen: number;

  /** The resolved configuration (every default filled in), fixed when the round is created. */
  @Column({ type: 'jsonb' })
  config: AwardConfig;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: AwardRoundStatus;

  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true })
  computedAt: Date | null;

  /** What `computeRound` answered, as it answered it (the round figures, ranked and ineligible lists). */
  @Column({ type: 'jsonb', nullable: true })
  result: AwardRoundResult | null;

  /** sha256 of the canonical JSON of the inputs (year, config, every provider's facts). */
  @Column({ name: 'input_hash', type: 'char', length: 64, nullable: true })
  inputHash: string | null;

  /** When the results went on public notice (null unless published or final). */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Objections are taken until this instant (exclusive); finalising is refused before it. */
  @Column({ name: 'notice_ends_at', type: 'timestamptz', nullable: true })
  noticeEndsAt: Date | null;

  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;

  @Column({ name: 'job_status', type: 'varchar', length: 10, nullable: true })
  jobStatus: AwardJobStatus | null;

  /** 0..100 while the compute job runs. */
  @Column({ name: 'job_percent', type: 'int', nullable: true })
  jobPercent: number | null;

  /** The last failed job's error message. */
  @Column({ name: 'job_error', type: 'text', nullable: true })
  jobError: string | null;

  @Column({ name: 'job_updated_at', type: 'timestamptz', nullable: true })
  jobUpdatedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The stored snapshot of every input and intermediate figure of one provider in one computed round. */
@Entity('award_round_facts')
export class AwardRoundFacts {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne(() => AwardRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: AwardRound;

  /** `json`, not jsonb: the canonical text as hashed, written once and read whole. */
  @Column({ type: 'json' })
  facts: ProviderFactsSnapshot;
}
