import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { CommitHooks } from './commit-hooks.js';
import { DataVersions } from './data-versions.js';
import { buildDataSourceOptions } from './database-options.js';
import { MetaService } from './meta.service.js';
import { openDataSource } from './migrations.js';
import { verifySqliteSettings } from './sqlite-settings.js';
import { WriteQueue } from './write-queue.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...buildDataSourceOptions(config), retryAttempts: 0 }),
      dataSourceFactory: async (options) => {
        const dataSource = await openDataSource(options!);
        if (dataSource.options.type === 'better-sqlite3') {
          const settings = await verifySqliteSettings(dataSource);
          new Logger('Database').log(`SQLite ${String(dataSource.options.database)} ${JSON.stringify(settings)}`);
        }
        return dataSource;
      },
    }),
  ],
  providers: [WriteQueue, MetaService, CommitHooks, DataVersions],
  exports: [WriteQueue, MetaService, CommitHooks, DataVersions],
})
export class DatabaseModule {}
