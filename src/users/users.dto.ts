import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '../auth/roles.js';
import type { User } from '../auth/user.entity.js';
import { AGS_PATTERN } from '../cities/city-key.js';
import { IsNotBlank, IsPlainText } from '../common/plain-text.js';
import { unlessOmitted } from '../common/unless-omitted.js';

export const USERNAME_PATTERN = /^[\w.@-]{1,100}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'm.yilmaz', maxLength: 100, description: 'Letters, digits and . _ @ -; cannot be changed later.' })
  @IsString()
  @Length(1, 100)
  @Matches(USERNAME_PATTERN, { message: 'username may contain letters, digits and . _ @ - only' })
  username: string;

  @ApiPropertyOptional({ example: 'Merve Yilmaz', maxLength: 200, description: 'Shown in the app and the audit trail; the username when left out.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @IsNotBlank()
  @Length(1, 200)
  displayName?: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' }) @IsIn(ROLES) role: Role;

  @ApiProperty({ example: 'ORDNUNGSAMT', maxLength: 40, description: 'Code of an active agency (GET /api/v1/agencies).' })
  @IsString()
  @Length(1, 40)
  agencyCode: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '05112000',
    description: "AGS of the user's city (GET /api/v1/cities); null for a Land role across every city. Left out: the installation's only city.",
  })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @unlessOmitted
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @IsNotBlank()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', description: 'Not of the own account; the last active administrator keeps the role.' })
  @unlessOmitted
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ maxLength: 40, description: 'Code of an active agency.' })
  @unlessOmitted
  @IsString()
  @Length(1, 40)
  agencyCode?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '05112000', description: 'AGS of the city; null for a Land role. Not of the own account.' })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string | null;

  @ApiPropertyOptional({ description: 'false disables the account and ends its sessions at once; not of the own account nor the last active administrator.' })
  @unlessOmitted
  @IsBoolean()
  active?: boolean;
}

/** An account as the administration sees it. */
export class ManagedUserDto {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty() agencyCode: string;
  @ApiProperty({ type: String, nullable: true, example: '05112000', description: 'AGS of the city; null for a Land role.' }) city: string | null;
  @ApiProperty({ description: 'false: disabled, cannot log in.' }) active: boolean;
  @ApiProperty({ description: 'Holds a one-time password not yet replaced.' }) passwordChangeRequired: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: 1, description: 'Changes so far; answered as ETag, and PATCH needs it in If-Match.' }) version: number;
}

export class UserWithPasswordDto {
  @ApiProperty({ type: ManagedUserDto }) user: ManagedUserDto;
  @ApiProperty({ description: 'Shown only in this answer and stored only hashed; the first login with it must choose a new password.' })
  oneTimePassword: string;
}

export function toManagedUserDto(user: User): ManagedUserDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    agencyCode: user.agencyCode,
    city: user.cityAgs,
    active: user.active,
    passwordChangeRequired: user.passwordChangeRequired,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}
