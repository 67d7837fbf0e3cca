import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from './auth-user.js';
import { AllowDuringPasswordChange, CurrentUser, Public, RequirePermission } from './auth.decorators.js';
import { ChangePasswordDto, LoginDto, LoginResponseDto, UserResponseDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { AnswerNotStored } from '../idempotency/idempotency-key.js';
import { ApiProblems, PARSED_BODY, WITH_BODY } from '../common/api-problems.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @ApiProblems(WITH_BODY, { 401: ['unauthorized'], 403: ['password_login_disabled'], 429: ['too_many_requests'] })
  @Public()
  @HttpCode(200)
  @RouteConfig({ rateLimit: { keyGenerator: (request: { ip: string }) => `login:${request.ip}` } })
  @ApiOperation({ summary: 'Log in with username and password; answers a short-lived bearer token.' })
  @ApiOkResponse({ type: LoginResponseDto })
  login(@Body() dto: LoginDto): Promise<LoginResponseDto> {
    return this.auth.login(dto);
  }

  @Post('password')
  @AnswerNotStored()
  @RequirePermission('reference:read')
  @AllowDuringPasswordChange()
  @ApiProblems(WITH_BODY, { 429: ['too_many_requests'] })
  @HttpCode(200)
  @RouteConfig({ rateLimit: { keyGenerator: (request: { ip: string }) => `password:${request.ip}` } })
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Replace the password; the one open route after a login with a one-time password. Answers a new token without the limit.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<LoginResponseDto> {
    return this.auth.changePassword(user, dto);
  }

  @Post('logout')
  @RequirePermission('reference:read')
  @AllowDuringPasswordChange()
  @ApiProblems(PARSED_BODY)
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Ends this token on every instance at once; other sessions of the account stay.' })
  @ApiNoContentResponse({ description: 'Logged out.' })
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
  }

  @Get('me')
  @RequirePermission('reference:read')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user and their permissions.' })
  @ApiOkResponse({ type: UserResponseDto })
  me(@CurrentUser() user: AuthUser): Promise<UserResponseDto> {
    return this.auth.me(user);
  }
}
