import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A service category (服务类别) of the pool; seeded from data/categories.json, editable by the bureau. */
@Entity('service_category')
export class ServiceCategory {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
