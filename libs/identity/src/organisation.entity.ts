import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OrgType } from '@app/shared';

/** An enterprise, a provider or the bureau. A provider's or enterprise's id is its organisation's id. */
@Entity('organisation')
// Anyone may register any USCC (registering proves nothing); it belongs to one organisation once the bureau verifies it.
@Index('uq_organisation_verified_uscc', ['type', 'uscc'], { unique: true, where: 'verified_at IS NOT NULL' })
@Index('ix_organisation_type_uscc', ['type', 'uscc'])
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  type: OrgType;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 统一社会信用代码; null only for the bureau. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  /** When the bureau checked its business licence (pool admission or tier review); null: not yet. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
