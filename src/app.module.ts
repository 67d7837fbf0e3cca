import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ETagInterceptor } from './common/conditional-write.js';
import { AgenciesModule } from './agencies/agencies.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CitiesModule } from './cities/cities.module.js';
import { UsersModule } from './users/users.module.js';
import { SsoModule } from './sso/sso.module.js';
import type { AppConfig } from './config/app-config.js';
import { AppConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { DistrictsModule } from './districts/districts.module.js';
import { AddressesModule } from './addresses/addresses.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { HealthModule } from './health/health.module.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { MapModule } from './map/map.module.js';
import { OperationsModule } from './operations/operations.module.js';
import { PartiesModule } from './parties/parties.module.js';
import { PropertiesModule } from './properties/properties.module.js';
import { SummariesModule } from './summaries/summaries.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule,
        AuditModule,
        AuthModule,
        UsersModule,
        SsoModule,
        IdempotencyModule,
        HealthModule,
        AgenciesModule,
        CitiesModule,
        DistrictsModule,
        AddressesModule,
        ImportsModule,
        PropertiesModule,
        PartiesModule,
        OperationsModule,
        DecisionsModule,
        MapModule,
        SummariesModule,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: ETagInterceptor }],
    };
  }
}
