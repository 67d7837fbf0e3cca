import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('agencies')
export class Agency {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, name: 'name_en' })
  nameEn: string;

  /** False for non-operational members such as the council or central administration. */
  @Column({ type: 'boolean', default: true })
  taskforce: boolean;

  /** Inactive: offered for nothing new, kept with its name wherever history names it. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Counts changes; answered as ETag, and PATCH needs it in If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
