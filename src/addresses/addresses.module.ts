import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { AddressImportService } from './address-import.service.js';
import { AddressesController } from './addresses.controller.js';

@Module({
  imports: [AuditModule, CitiesModule],
  controllers: [AddressesController],
  providers: [AddressImportService],
})
export class AddressesModule {}
