import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, PARSED_BODY, WITH_BODY, WITH_ID } from '../common/api-problems.js';
import { ConditionalWrite, IfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { UuidParam } from '../common/uuid-param.js';
import { AnswerNotStored } from '../idempotency/idempotency-key.js';
import { CreateUserDto, ManagedUserDto, UpdateUserDto, UserWithPasswordDto } from './users.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user:manage')
  @ApiOperation({ summary: 'Every account, active or not, by username.' })
  @ApiOkResponse({ type: [ManagedUserDto] })
  list(@CurrentUser() user: AuthUser): Promise<ManagedUserDto[]> {
    return this.users.list(user);
  }

  @Post()
  @AnswerNotStored()
  @ApiProblems(WITH_BODY, { 409: ['duplicate_username'] })
  @RequirePermission('user:manage')
  @ApiOperation({ summary: 'Creates an account with a one-time password, answered once; its first login must choose a new password.' })
  @ApiCreatedResponse({ type: UserWithPasswordDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto): Promise<UserWithPasswordDto> {
    return this.users.create(user, dto);
  }

  @Patch(':id')
  @ApiProblems(WITH_BODY, WITH_ID, { 404: ['user_not_found'], 409: ['user_has_drafts', 'last_admin'] })
  @RequirePermission('user:manage')
  @ApiOperation({ summary: 'Changes display name, role, agency or active; disabling ends the account’s sessions on every instance at once.' })
  @ApiOkResponse({ type: ManagedUserDto })
  @ConditionalWrite()
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @IfMatch() ifMatch: IfMatchHeader, @Body() dto: UpdateUserDto): Promise<ManagedUserDto> {
    return this.users.update(user, id, dto, ifMatch);
  }

  @Post(':id/password-reset')
  @AnswerNotStored()
  @ApiProblems(PARSED_BODY, WITH_ID, { 404: ['user_not_found'] })
  @RequirePermission('user:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new one-time password, answered once; the account’s sessions end at once and its next login must choose a new password.' })
  @ApiOkResponse({ type: UserWithPasswordDto })
  resetPassword(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<UserWithPasswordDto> {
    return this.users.resetPassword(user, id);
  }
}
