import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { UsersModule } from '../users/users.module.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';

@Module({
  imports: [AuditModule, AuthModule, UsersModule],
  controllers: [OidcController],
  providers: [OidcService],
})
export class SsoModule {}
