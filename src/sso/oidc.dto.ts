import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class OidcSessionDto {
  @ApiProperty({ description: 'The one-time code the callback put in the client URL after `#sso=`; valid once, for ten minutes.' })
  @IsString()
  @Matches(/^[\w-]{43}$/, { message: 'code must be the 43-character code from the sign-in' })
  code: string;
}
