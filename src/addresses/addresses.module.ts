import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { AddressImportService } from './address-import.service.js';
import { AddressesController } from './addresses.controller.js';
import { AddressesService } from './addresses.service.js';

@Module({
  imports: [AuditModule, CitiesModule],
  controllers: [AddressesController],
  providers: [AddressesService, AddressImportService],
})
export class AddressesModule {}
