import { applyDecorators, Body, Controller, Get, HttpCode, Post, Redirect, Req } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { LoginResponseDto } from '../auth/auth.dto.js';
import { ApiProblems, WITH_BODY } from '../common/api-problems.js';
import { OidcSessionDto } from './oidc.dto.js';
import { OidcService } from './oidc.service.js';

const NOT_CONFIGURED = { 404: ['sso_not_configured'] } as const;

/** The authorization response's parameters (RFC 6749 §4.1.2, RFC 9207); the server reads them from the URL as sent. */
const CALLBACK_PARAMETERS = ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri'];

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Get('start')
  @Public()
  @ApiProblems(NOT_CONFIGURED, { 429: ['too_many_requests'], 503: ['service_unavailable'] })
  // Each start keeps a row for ten minutes: limited like the password login, so nobody fills the table.
  @RouteConfig({ rateLimit: { keyGenerator: (request: { ip: string }) => `sso:${request.ip}` } })
  @Redirect()
  @ApiOperation({ summary: "Single sign-on, step 1: sends the browser to the city's OpenID provider (authorization code with PKCE)." })
  @ApiFoundResponse({ description: "Location: the provider's sign-in page." })
  async start(): Promise<{ url: string; statusCode: number }> {
    return { url: await this.oidc.start(), statusCode: 302 };
  }

  @Get('callback')
  @Public()
  @applyDecorators(...CALLBACK_PARAMETERS.map((name) => ApiQuery({ name, required: false, type: String })))
  @ApiProblems(NOT_CONFIGURED)
  @Redirect()
  @ApiOperation({
    summary: "Single sign-on, step 2: the provider's answer. Sends the browser to the map with #sso=<one-time code>, or #ssoError=<reason>.",
  })
  @ApiFoundResponse({ description: 'Location: the map client, with the one-time code or the reason of the refusal in the fragment.' })
  async callback(@Req() request: FastifyRequest): Promise<{ url: string; statusCode: number }> {
    return { url: await this.oidc.callback(request.url), statusCode: 302 };
  }

  @Post('session')
  @Public()
  @ApiProblems(WITH_BODY, NOT_CONFIGURED, { 401: ['unauthorized'], 429: ['too_many_requests'] })
  @HttpCode(200)
  @RouteConfig({ rateLimit: { keyGenerator: (request: { ip: string }) => `login:${request.ip}` } })
  @ApiOperation({ summary: 'Single sign-on, step 3: the client trades the one-time code for a bearer token, as a password login answers.' })
  @ApiOkResponse({ type: LoginResponseDto })
  session(@Body() dto: OidcSessionDto): Promise<LoginResponseDto> {
    return this.oidc.session(dto.code);
  }
}
