import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ObjectionStatus } from './award-notice.rules.js';
import { AwardRound } from './award-round.entity.js';

/** A provider's objection (异议) to a published round, answered by an admin (upheld or dismissed, with a reason). */
@Entity('award_objection')
@Check('ck_award_objection_status', `status IN ('open', 'upheld', 'dismissed')`)
@Check('ck_award_objection_answer', `(status = 'open') = (answer IS NULL AND answered_at IS NULL)`)
@Index('ix_award_objection_round', ['roundId', 'createdAt'])
@Index('ix_award_objection_provider', ['providerId', 'createdAt'])
// One unanswered objection per provider and round: a second waits for the first's answer.
@Index('ux_award_objection_open', ['roundId', 'providerId'], { unique: true, where: `status = 'open'` })
export class AwardObjection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => AwardRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: AwardRound;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  /** The user who lodged it. */
  @Column({ name: 'lodged_by', type: 'uuid' })
  lodgedBy: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: ObjectionStatus;

  /** The admin's reason for upholding or dismissing. */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
