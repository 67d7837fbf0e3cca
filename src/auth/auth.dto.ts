import { CityDto, toCityDto } from '../cities/cities.dto.js';
import type { City } from '../cities/city.entity.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { PASSWORD_LENGTH } from './password-policy.js';
import { ROLES, type Role } from './roles.js';
import type { User } from './user.entity.js';

export class LoginDto {
  @ApiProperty({ example: 'lead' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[\w.@-]+$/, { message: 'username may contain letters, digits and . _ @ - only' })
  username: string;

  @ApiProperty({ example: 'hausakte-demo' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password used to log in: the one-time password on a first login.' })
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({
    minLength: PASSWORD_LENGTH.min,
    maxLength: PASSWORD_LENGTH.max,
    description: 'At least 12 characters, not one of the common passwords, not containing the username; no composition rules (OWASP ASVS 5 §6.2).',
  })
  @IsString()
  @Length(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max)
  newPassword: string;
}

export class UserResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty() agencyCode: string;
  // Left out rather than null: OpenAPI 3.0 lets null through only beside an explicit type, never beside a $ref.
  @ApiPropertyOptional({ type: CityDto, description: 'The city the user works in, with its time zone and Land law; absent for a Land role.' })
  city?: CityDto;
  @ApiProperty({ type: [String], description: 'What this role may do (DESIGN §4).' }) permissions: string[];
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header.' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires.' }) expiresIn: number;
  @ApiProperty({ type: UserResponseDto }) user: UserResponseDto;
  @ApiProperty({ description: 'Logged in with a one-time password: the token only allows POST /api/v1/auth/password until the user chooses their own.' })
  passwordChangeRequired: boolean;
}

export function toUserResponse(
  user: Pick<User, 'id' | 'username' | 'displayName' | 'role' | 'agencyCode'>,
  city: City | null,
  permissions: readonly string[],
): UserResponseDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    agencyCode: user.agencyCode,
    ...(city && { city: toCityDto(city) }),
    permissions: [...permissions],
  };
}
