import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './database-options.js';

/** For the TypeORM CLI: `npx typeorm migration:show -d dist/src/database/data-source.js`. */
export default new DataSource(buildDataSourceOptions(loadAppConfig()));
