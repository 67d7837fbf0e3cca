import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module.js';
import { DistrictsModule } from '../districts/districts.module.js';
import { MapController } from './map.controller.js';
import { MapRepository } from './map.repository.js';
import { MapService } from './map.service.js';

@Module({
  imports: [CitiesModule, DistrictsModule],
  controllers: [MapController],
  providers: [MapService, MapRepository],
})
export class MapModule {}
