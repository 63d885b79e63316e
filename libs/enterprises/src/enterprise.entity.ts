import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ClaimStatus, SrdiTier } from './enterprises.rules.js';

/** An enterprise (企业) and its profile; its id is its organisation's id. */
@Entity('enterprise')
export class Enterprise {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'legal_representative', type: 'varchar', length: 100, nullable: true })
  legalRepresentative: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 32, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  industry: string | null;

  @Column({ name: 'employee_count', type: 'int', nullable: true })
  employeeCount: number | null;

  @Column({ name: 'revenue_band', type: 'varchar', length: 100, nullable: true })
  revenueBand: string | null;
}

/** An enterprise's claim to an SRDI tier, verified or rejected by a reviewer. */
@Entity('tier_claim')
@Index('ix_tier_claim_status', ['status', 'createdAt'])
@Index('ix_tier_claim_enterprise', ['enterpriseId'])
export class TierClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ type: 'varchar', length: 20 })
  tier: SrdiTier;

  @Column({ name: 'certificate_no', type: 'varchar', length: 100 })
  certificateNo: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: ClaimStatus;

  /** Inclusive, Asia/Shanghai date; set on verification (default 31 Dec of year + 3). */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
