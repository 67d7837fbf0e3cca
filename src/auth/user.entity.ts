import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { City } from '../cities/city.entity.js';
import type { Role } from './roles.js';

@Entity('users')
@Index('ux_users_sso', ['ssoIssuer', 'ssoSubject'], { unique: true })
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 200, name: 'display_name' })
  displayName: string;

  @Column({ type: 'varchar', length: 300, name: 'password_hash' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'varchar', length: 40, name: 'agency_code' })
  agencyCode: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code' })
  agency?: Relation<Agency>;

  /** The city whose buildings the user works on; null for a Land role across every city of the installation. */
  @Column({ type: 'varchar', length: 8, name: 'city_ags', nullable: true })
  cityAgs: string | null;

  @ManyToOne(() => City, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_ags' })
  city?: Relation<City>;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Set with a one-time password: until the user chooses their own, their tokens only change it. */
  @Column({ type: 'boolean', name: 'password_change_required', default: false })
  passwordChangeRequired: boolean;

  /** Counts the admin's changes; answered as ETag, and PATCH needs it in If-Match. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Tokens carry the generation they were issued in; a disable, reset or password change counts it up and so ends them. */
  @Column({ type: 'integer', name: 'session_generation', default: 0 })
  sessionGeneration: number;

  /** The OpenID provider that signs this account in, with its `sub`; null for an account known only here. */
  @Column({ type: 'varchar', length: 500, name: 'sso_issuer', nullable: true })
  ssoIssuer: string | null;

  @Column({ type: 'varchar', length: 255, name: 'sso_subject', nullable: true })
  ssoSubject: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
