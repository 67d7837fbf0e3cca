import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small key/value facts about the installation (demo data loaded, data version). */
@Entity('app_meta')
export class AppMeta {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 2000 })
  value: string;
}
